package io.imsservice.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.ims.v2.ImsClient;
import com.huaweicloud.sdk.ims.v2.model.CopyImageInRegionRequest;
import com.huaweicloud.sdk.ims.v2.model.CopyImageInRegionRequestBody;
import com.huaweicloud.sdk.ims.v2.model.ExportImageRequest;
import com.huaweicloud.sdk.ims.v2.model.ExportImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.ImageInfo;
import com.huaweicloud.sdk.ims.v2.model.ListImagesRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobResponse;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export and in-region copy driven by the official Huawei Cloud IMS Java SDK with AK/SK signing. */
@QuarkusTest
class ExportCopySdkTest {
    private static final String ACCESS_KEY = "ALICEACCESSKEY000001";
    private static final String SECRET_KEY = "15146aec8913f49a1a3f79c07465ec803e317077";

    @TestHTTPResource("/")
    URL root;

    private ImsClient client;
    private String imageId;

    @BeforeEach
    void buildClient() {
        Ims.resetToFixtures();
        client = ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(ACCESS_KEY)
                        .withSk(SECRET_KEY)
                        .withProjectId(Fixture.ACME_PROJECT))
                .withEndpoints(List.of(root.toString().replaceAll("/$", "")))
                .build();
        imageId = Ims.createActiveServerImage("sdk-base");
    }

    @Test
    void sdkExportWritesFile() {
        String jobId = client.exportImage(new ExportImageRequest()
                        .withImageId(imageId)
                        .withBody(new ExportImageRequestBody()
                                .withBucketUrl(Fixture.EXPORTS_BUCKET + ":sdk/sdk-base.vmdk")
                                .withFileFormat(ExportImageRequestBody.FileFormatEnum.VMDK)))
                .getJobId();

        ShowJobResponse job = client.showJob(new ShowJobRequest().withJobId(jobId));
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getJobType()).isEqualTo("imsNativeExportImageJob");
        assertThat(job.getEntities().getImageId()).isEqualTo(imageId);
        given().get("/sim/v1/buckets/{bucket}/objects/sdk/sdk-base.vmdk", Fixture.EXPORTS_BUCKET)
                .then().statusCode(200)
                .body("format", equalTo("vmdk"));
    }

    @Test
    void sdkCopyCreatesEncryptedImage() {
        String jobId = client.copyImageInRegion(new CopyImageInRegionRequest()
                        .withImageId(imageId)
                        .withBody(new CopyImageInRegionRequestBody()
                                .withName("sdk-copy")
                                .withCmkId(Fixture.KMS_KEY)))
                .getJobId();

        ShowJobResponse job = client.showJob(new ShowJobRequest().withJobId(jobId));
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getJobType()).isEqualTo("imsCopyImageInRegionJob");
        String copyId = job.getEntities().getImageId();
        List<ImageInfo> images = client.listImages(new ListImagesRequest().withId(copyId)).getImages();
        assertThat(images).hasSize(1);
        assertThat(images.get(0).getName()).isEqualTo("sdk-copy");
        assertThat(images.get(0).getSystemCmkid()).isEqualTo(Fixture.KMS_KEY);
    }

    @Test
    void sdkSeesExportErrorCode() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> client.exportImage(new ExportImageRequest()
                        .withImageId(Fixture.PUBLIC_CENTOS_IMAGE)
                        .withBody(new ExportImageRequestBody()
                                .withBucketUrl(Fixture.EXPORTS_BUCKET + ":centos.qcow2")
                                .withFileFormat(ExportImageRequestBody.FileFormatEnum.QCOW2))));

        assertThat(failure.getHttpStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0077");
        assertThat(failure.getErrorMsg()).isEqualTo("The public image cannot be exported.");
    }
}
