package io.imsservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.ims.v2.ImsClient;
import com.huaweicloud.sdk.ims.v2.model.CreateImageRequest;
import com.huaweicloud.sdk.ims.v2.model.CreateImageRequestBody;
import com.huaweicloud.sdk.ims.v2.model.GlanceDeleteImageRequest;
import com.huaweicloud.sdk.ims.v2.model.ImageInfo;
import com.huaweicloud.sdk.ims.v2.model.ListImagesRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobProgressRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobResponse;
import com.huaweicloud.sdk.ims.v2.model.UpdateImageRequest;
import com.huaweicloud.sdk.ims.v2.model.UpdateImageRequestBody;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the service with the official Huawei Cloud IMS Java SDK, which signs every request with AK/SK, sends
 * chunked bodies and parses responses into its own models.
 */
@QuarkusTest
class HuaweiSdkContractTest {
    private static final String ACCESS_KEY = "ALICEACCESSKEY000001";
    private static final String SECRET_KEY = "15146aec8913f49a1a3f79c07465ec803e317077";

    @TestHTTPResource("/")
    URL root;

    private ImsClient client;

    @BeforeEach
    void buildClient() {
        Ims.resetToFixtures();
        String endpoint = root.toString().replaceAll("/$", "");
        client = ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(ACCESS_KEY)
                        .withSk(SECRET_KEY)
                        .withProjectId(Fixture.ACME_PROJECT))
                .withEndpoints(List.of(endpoint))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig().withIgnoreSSLVerification(true))
                .build();
    }

    @Test
    void createPollListUpdateDelete() {
        String jobId = client.createImage(new CreateImageRequest().withBody(new CreateImageRequestBody()
                        .withName("sdk-image")
                        .withInstanceId(Fixture.READY_SERVER)
                        .withDescription("made by the SDK")))
                .getJobId();
        assertThat(jobId).matches("[0-9a-f]{32}");

        ShowJobResponse job = client.showJob(new ShowJobRequest().withJobId(jobId));
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getJobType()).isEqualTo("imsCreateImageByInstance");
        String imageId = job.getEntities().getImageId();
        assertThat(imageId).isNotBlank();
        assertThat(client.showJobProgress(new ShowJobProgressRequest().withJobId(jobId)).getStatus())
                .hasToString("SUCCESS");

        List<ImageInfo> images = client.listImages(new ListImagesRequest().withId(imageId)).getImages();
        assertThat(images).hasSize(1);
        assertThat(images.get(0).getName()).isEqualTo("sdk-image");
        assertThat(images.get(0).getMinDisk()).isEqualTo(40);
        assertThat(images.get(0).getOsVersion()).isEqualTo("CentOS 7.6 64bit");

        String renamed = client.updateImage(new UpdateImageRequest()
                        .withImageId(imageId)
                        .withBody(List.of(new UpdateImageRequestBody()
                                .withOp(UpdateImageRequestBody.OpEnum.REPLACE)
                                .withPath("/name")
                                .withValue("sdk-renamed"))))
                .getName();
        assertThat(renamed).isEqualTo("sdk-renamed");

        client.glanceDeleteImage(new GlanceDeleteImageRequest().withImageId(imageId));
        assertThat(client.listImages(new ListImagesRequest().withId(imageId)).getImages()).isEmpty();
    }

    @Test
    void sdkSeesDocumentedErrorCode() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> client.createImage(new CreateImageRequest().withBody(new CreateImageRequestBody()
                        .withName("from-running")
                        .withInstanceId(Fixture.RUNNING_SERVER))));

        assertThat(failure.getHttpStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0008");
        assertThat(failure.getErrorMsg())
                .isEqualTo("The ECS can be used to create images because it is not in stopped state.");
        assertThat(failure.getRequestId()).isNotBlank();
    }

    @Test
    void sdkWithWrongSecretIsRejected() {
        ImsClient badClient = ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(ACCESS_KEY)
                        .withSk("0000000000000000000000000000000000000000")
                        .withProjectId(Fixture.ACME_PROJECT))
                .withEndpoints(List.of(root.toString().replaceAll("/$", "")))
                .build();

        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> badClient.listImages(new ListImagesRequest()));

        assertThat(failure.getHttpStatusCode()).isEqualTo(401);
        assertThat(failure.getErrorCode()).isEqualTo("APIGW.0301");
    }
}
