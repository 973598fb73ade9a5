package io.imsservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.ims.v2.ImsClient;
import com.huaweicloud.sdk.ims.v2.model.CreateDataImage;
import com.huaweicloud.sdk.ims.v2.model.CreateDataImageRequest;
import com.huaweicloud.sdk.ims.v2.model.CreateDataImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.CreateImageRequest;
import com.huaweicloud.sdk.ims.v2.model.CreateImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.CreateWholeImageRequest;
import com.huaweicloud.sdk.ims.v2.model.CreateWholeImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.GlanceCreateImageMetadataRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceCreateImageMetadataRequestBody;
import com.huaweicloud.sdk.ims.v2.model.GlanceCreateImageMetadataResponse;
import com.huaweicloud.sdk.ims.v2.model.ImportImageQuickRequest;
import com.huaweicloud.sdk.ims.v2.model.QuickImportImageByFileRequestBody;
import com.huaweicloud.sdk.ims.v2.model.RegisterImageRequest;
import com.huaweicloud.sdk.ims.v2.model.RegisterImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.ShowJobRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobResponse;
import com.huaweicloud.sdk.ims.v2.model.SubJobResult;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives every image creation path with the official Huawei Cloud IMS Java SDK and its models. */
@QuarkusTest
class ImageCreationSdkContractTest {
    private static final String ACCESS_KEY = "ALICEACCESSKEY000001";
    private static final String SECRET_KEY = "15146aec8913f49a1a3f79c07465ec803e317077";

    @TestHTTPResource("/")
    URL root;

    private ImsClient client;

    @BeforeEach
    void buildClient() {
        Ims.resetToFixtures();
        client = ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(ACCESS_KEY)
                        .withSk(SECRET_KEY)
                        .withProjectId(Fixture.ACME_PROJECT))
                .withEndpoints(List.of(root.toString().replaceAll("/$", "")))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .build();
    }

    @Test
    void dataDiskImagesReportSubJobs() {
        String jobId = client.createImage(new CreateImageRequest().withBody(new CreateImageRequestBody()
                        .withDataImages(List.of(new CreateDataImage()
                                .withName("sdk-data")
                                .withVolumeId(Fixture.READY_SERVER_DATA_DISK_1)))))
                .getJobId();

        ShowJobResponse job = showJob(jobId);
        assertThat(job.getJobType()).isEqualTo("imsVolumesToSysDataImagesJob");
        assertThat(job.getStatus()).hasToString("SUCCESS");
        List<SubJobResult> subJobs = job.getEntities().getSubJobsResult();
        assertThat(subJobs).hasSize(1);
        assertThat(subJobs.get(0).getStatus()).hasToString("SUCCESS");
        assertThat(subJobs.get(0).getJobType()).isEqualTo("imsCopyVolumeToImageJob");
        assertThat(subJobs.get(0).getEntities().getImageName()).isEqualTo("sdk-data");
        assertThat(subJobs.get(0).getEntities().getImageId()).isNotBlank();
        assertThat(job.getEntities().getSubJobsList()).containsExactly(subJobs.get(0).getJobId());
    }

    @Test
    void fileImportSucceeds() {
        String jobId = client.createImage(new CreateImageRequest().withBody(new CreateImageRequestBody()
                        .withName("sdk-import")
                        .withImageUrl(Fixture.CENTOS_QCOW2)
                        .withMinDisk(40)
                        .withOsVersion("CentOS 7.6 64bit")
                        .withType(CreateImageRequestBody.TypeEnum.ECS)
                        .withArchitecture(CreateImageRequestBody.ArchitectureEnum.X86)))
                .getJobId();

        ShowJobResponse job = showJob(jobId);
        assertThat(job.getJobType()).isEqualTo("imsImportImageJob");
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getEntities().getImageId()).isNotBlank();
    }

    @Test
    void quickImportSucceeds() {
        String jobId = client.importImageQuick(new ImportImageQuickRequest().withBody(
                        new QuickImportImageByFileRequestBody()
                                .withName("sdk-quick")
                                .withImageUrl(Fixture.EULER_ZVHD2)
                                .withMinDisk(40)
                                .withOsVersion("Huawei Cloud EulerOS 2.0 64bit")
                                .withType(QuickImportImageByFileRequestBody.TypeEnum.ECS)))
                .getJobId();

        assertThat(showJob(jobId).getStatus()).hasToString("SUCCESS");
    }

    @Test
    void dataImageImportSucceeds() {
        String jobId = client.createDataImage(new CreateDataImageRequest().withBody(new CreateDataImageRequestBody()
                        .withName("sdk-data-file")
                        .withImageUrl(Fixture.DB_QCOW2)
                        .withMinDisk(100)
                        .withOsType(CreateDataImageRequestBody.OsTypeEnum.LINUX)))
                .getJobId();

        ShowJobResponse job = showJob(jobId);
        assertThat(job.getJobType()).isEqualTo("imsImportDataImageJob");
        assertThat(job.getStatus()).hasToString("SUCCESS");
    }

    @Test
    void wholeImageOfBackupSucceeds() {
        String jobId = client.createWholeImage(new CreateWholeImageRequest().withBody(
                        new CreateWholeImageRequestBody()
                                .withName("sdk-whole")
                                .withBackupId(Fixture.CBR_BACKUP)
                                .withWholeImageType("CBR")))
                .getJobId();

        ShowJobResponse job = showJob(jobId);
        assertThat(job.getJobType()).isEqualTo("imsCreateWholeImageByBackupJob");
        assertThat(job.getStatus()).hasToString("SUCCESS");
    }

    @Test
    void glanceMetadataThenRegisterSucceeds() {
        GlanceCreateImageMetadataResponse metadata = client.glanceCreateImageMetadata(
                new GlanceCreateImageMetadataRequest().withBody(new GlanceCreateImageMetadataRequestBody()
                        .withName("sdk-glance")
                        .withOsVersion("CentOS 7.6 64bit")
                        .withContainerFormat("bare")
                        .withDiskFormat(GlanceCreateImageMetadataRequestBody.DiskFormatEnum.QCOW2)
                        .withMinDisk(40)
                        .withVisibility("private")));
        assertThat(metadata.getStatus()).hasToString("queued");
        assertThat(metadata.getOsVersion()).isEqualTo("CentOS 7.6 64bit");
        assertThat(metadata.getHttpStatusCode()).isEqualTo(201);

        String jobId = client.registerImage(new RegisterImageRequest()
                        .withImageId(metadata.getId())
                        .withBody(new RegisterImageRequestBody().withImageUrl(Fixture.CENTOS_QCOW2)))
                .getJobId();

        ShowJobResponse job = showJob(jobId);
        assertThat(job.getJobType()).isEqualTo("imsNativeImportImageJob");
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getEntities().getImageId()).isEqualTo(metadata.getId());
    }

    @Test
    void sdkSeesImportErrorCode() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> client.createImage(new CreateImageRequest().withBody(new CreateImageRequestBody()
                        .withName("sdk-locked")
                        .withImageUrl(Fixture.LOCKED_BUCKET + ":centos.qcow2")
                        .withMinDisk(40))));

        assertThat(failure.getHttpStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0069");
        assertThat(failure.getErrorMsg()).isEqualTo("The specified bucket cannot be accessed.");
    }

    private ShowJobResponse showJob(String jobId) {
        return client.showJob(new ShowJobRequest().withJobId(jobId));
    }
}
