package io.imsservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.ims.v2.ImsClient;
import com.huaweicloud.sdk.ims.v2.model.CopyImageCrossRegionRequest;
import com.huaweicloud.sdk.ims.v2.model.CopyImageCrossRegionRequestBody;
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

/** Cross-region copy driven by the official Huawei Cloud IMS Java SDK with AK/SK signing. */
@QuarkusTest
class CrossRegionCopySdkTest {
    private static final String ACCESS_KEY = "ALICEACCESSKEY000001";
    private static final String SECRET_KEY = "15146aec8913f49a1a3f79c07465ec803e317077";

    @TestHTTPResource("/")
    URL root;

    private String sourceId;

    @BeforeEach
    void createSourceImage() {
        Ims.resetToFixtures();
        sourceId = Ims.createActiveServerImage("sdk-source");
    }

    @Test
    void sdkCopiesImageToOtherRegion() {
        ImsClient north = client(Fixture.ACME_PROJECT);
        ImsClient south = client(Fixture.ACME_SOUTH_PROJECT);

        String jobId = north.copyImageCrossRegion(new CopyImageCrossRegionRequest()
                        .withImageId(sourceId)
                        .withBody(copyBody("cn-south-1")))
                .getJobId();

        ShowJobResponse job = north.showJob(new ShowJobRequest().withJobId(jobId));
        assertThat(job.getStatus()).hasToString("SUCCESS");
        assertThat(job.getJobType()).isEqualTo("imsCrossRegionCopyImageJob");
        String copyId = job.getEntities().getImageId();
        List<ImageInfo> copies = south.listImages(new ListImagesRequest().withId(copyId)).getImages();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getName()).isEqualTo("sdk-south");
        assertThat(copies.get(0).getOwner()).isEqualTo(Fixture.ACME_SOUTH_PROJECT);
        assertThat(north.listImages(new ListImagesRequest().withId(copyId)).getImages()).isEmpty();
    }

    @Test
    void sdkSeesSameRegionError() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> client(Fixture.ACME_PROJECT).copyImageCrossRegion(new CopyImageCrossRegionRequest()
                        .withImageId(sourceId)
                        .withBody(copyBody("cn-north-4"))));

        assertThat(failure.getHttpStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0143");
        assertThat(failure.getErrorMsg()).isEqualTo("Replication must be performed across regions.");
    }

    private static CopyImageCrossRegionRequestBody copyBody(String region) {
        return new CopyImageCrossRegionRequestBody()
                .withName("sdk-south")
                .withDescription("copied by the SDK")
                .withRegion(region)
                .withProjectName("cn-south-1")
                .withAgencyName("ims_admin_agency");
    }

    private ImsClient client(String projectId) {
        return ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(ACCESS_KEY)
                        .withSk(SECRET_KEY)
                        .withProjectId(projectId))
                .withEndpoints(List.of(root.toString().replaceAll("/$", "")))
                .build();
    }
}
