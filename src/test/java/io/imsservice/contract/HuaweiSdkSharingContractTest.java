package io.imsservice.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.ims.v2.ImsClient;
import com.huaweicloud.sdk.ims.v2.model.AddImageTagRequest;
import com.huaweicloud.sdk.ims.v2.model.AddImageTagRequestBody;
import com.huaweicloud.sdk.ims.v2.model.AddOrUpdateTagsRequestBody;
import com.huaweicloud.sdk.ims.v2.model.BatchAddMembersRequest;
import com.huaweicloud.sdk.ims.v2.model.BatchAddMembersRequestBody;
import com.huaweicloud.sdk.ims.v2.model.BatchAddOrDeleteTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.BatchAddOrDeleteTagsRequestBody;
import com.huaweicloud.sdk.ims.v2.model.BatchDeleteMembersRequest;
import com.huaweicloud.sdk.ims.v2.model.BatchUpdateMembersRequest;
import com.huaweicloud.sdk.ims.v2.model.BatchUpdateMembersRequestBody;
import com.huaweicloud.sdk.ims.v2.model.CreateOrUpdateTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.DeleteImageTagRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceAddImageMemberRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceAddImageMemberRequestBody;
import com.huaweicloud.sdk.ims.v2.model.GlanceCreateTagRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceDeleteImageMemberRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceDeleteTagRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceImageMembers;
import com.huaweicloud.sdk.ims.v2.model.GlanceListImageMembersRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceShowImageMemberRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceShowImageMemberResponse;
import com.huaweicloud.sdk.ims.v2.model.GlanceUpdateImageMemberRequest;
import com.huaweicloud.sdk.ims.v2.model.GlanceUpdateImageMemberRequestBody;
import com.huaweicloud.sdk.ims.v2.model.ListImageByTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.ListImageByTagsRequestBody;
import com.huaweicloud.sdk.ims.v2.model.ListImageByTagsResponse;
import com.huaweicloud.sdk.ims.v2.model.ListImageTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.ListImagesRequest;
import com.huaweicloud.sdk.ims.v2.model.ListImagesTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.ListTagsRequest;
import com.huaweicloud.sdk.ims.v2.model.ResourceTag;
import com.huaweicloud.sdk.ims.v2.model.ShowJobRequest;
import com.huaweicloud.sdk.ims.v2.model.ShowJobResponse;
import com.huaweicloud.sdk.ims.v2.model.Tags;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shares and tags images with the official Huawei Cloud IMS Java SDK, signing as Alice and as Bob. */
@QuarkusTest
class HuaweiSdkSharingContractTest {

    @TestHTTPResource("/")
    URL root;

    private ImsClient alice;
    private ImsClient bob;
    private String imageId;

    @BeforeEach
    void buildClients() {
        Ims.resetToFixtures();
        alice = client("ALICEACCESSKEY000001", "15146aec8913f49a1a3f79c07465ec803e317077", Fixture.ACME_PROJECT);
        bob = client("BOBACCESSKEY00000001", "bdf7201f7cd736e687ac3f0e816188be7f3e5f4e", Fixture.GLOBEX_PROJECT);
        imageId = Ims.createActiveServerImage("sdk-shared");
    }

    @Test
    void batchMemberJobs() {
        String addJob = alice.batchAddMembers(new BatchAddMembersRequest().withBody(new BatchAddMembersRequestBody()
                        .withImages(List.of(imageId))
                        .withProjects(List.of(Fixture.GLOBEX_PROJECT))))
                .getJobId();
        ShowJobResponse added = alice.showJob(new ShowJobRequest().withJobId(addJob));
        assertThat(added.getStatus()).hasToString("SUCCESS");
        assertThat(added.getJobType()).isEqualTo("imsAddImageMembersJob");
        assertThat(added.getEntities().getResults()).hasSize(1);
        assertThat(added.getEntities().getResults().get(0).getProjectId()).isEqualTo(Fixture.GLOBEX_PROJECT);
        assertThat(added.getEntities().getResults().get(0).getStatus()).isEqualTo("success");

        String acceptJob = bob.batchUpdateMembers(new BatchUpdateMembersRequest()
                        .withBody(new BatchUpdateMembersRequestBody()
                                .withImages(List.of(imageId))
                                .withProjectId(Fixture.GLOBEX_PROJECT)
                                .withStatus(BatchUpdateMembersRequestBody.StatusEnum.ACCEPTED)))
                .getJobId();
        assertThat(bob.showJob(new ShowJobRequest().withJobId(acceptJob)).getStatus()).hasToString("SUCCESS");
        assertThat(bob.listImages(new ListImagesRequest().withId(imageId)).getImages()).hasSize(1);

        String deleteJob = alice.batchDeleteMembers(new BatchDeleteMembersRequest()
                        .withBody(new BatchAddMembersRequestBody()
                                .withImages(List.of(imageId))
                                .withProjects(List.of(Fixture.GLOBEX_PROJECT))))
                .getJobId();
        ShowJobResponse deleted = alice.showJob(new ShowJobRequest().withJobId(deleteJob));
        assertThat(deleted.getJobType()).isEqualTo("imsDelImageMembersJob");
        assertThat(bob.listImages(new ListImagesRequest().withId(imageId)).getImages()).isEmpty();
    }

    @Test
    void glanceMemberCalls() {
        String status = alice.glanceAddImageMember(new GlanceAddImageMemberRequest()
                        .withImageId(imageId)
                        .withBody(new GlanceAddImageMemberRequestBody().withMember(Fixture.GLOBEX_PROJECT)))
                .getStatus();
        assertThat(status).isEqualTo("pending");

        String accepted = bob.glanceUpdateImageMember(new GlanceUpdateImageMemberRequest()
                        .withImageId(imageId)
                        .withMemberId(Fixture.GLOBEX_PROJECT)
                        .withBody(new GlanceUpdateImageMemberRequestBody()
                                .withStatus(GlanceUpdateImageMemberRequestBody.StatusEnum.ACCEPTED)))
                .getStatus();
        assertThat(accepted).isEqualTo("accepted");

        List<GlanceImageMembers> members = alice.glanceListImageMembers(new GlanceListImageMembersRequest()
                        .withImageId(imageId))
                .getMembers();
        assertThat(members).extracting(GlanceImageMembers::getMemberId).containsExactly(Fixture.GLOBEX_PROJECT);
        GlanceShowImageMemberResponse member = alice.glanceShowImageMember(new GlanceShowImageMemberRequest()
                .withImageId(imageId)
                .withMemberId(Fixture.GLOBEX_PROJECT));
        assertThat(member.getSchema()).isEqualTo("/v2/schemas/member");
        assertThat(member.getCreatedAt()).isNotBlank();

        alice.glanceDeleteImageMember(new GlanceDeleteImageMemberRequest()
                .withImageId(imageId)
                .withMemberId(Fixture.GLOBEX_PROJECT));
        assertThat(alice.glanceListImageMembers(new GlanceListImageMembersRequest().withImageId(imageId))
                .getMembers()).isEmpty();
    }

    @Test
    void sdkSeesSharingErrorCode() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> alice.batchAddMembers(new BatchAddMembersRequest().withBody(new BatchAddMembersRequestBody()
                        .withImages(List.of(imageId))
                        .withProjects(List.of(Fixture.ACME_PROJECT)))));

        assertThat(failure.getHttpStatusCode()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0076");
        assertThat(failure.getErrorMsg()).isEqualTo("You cannot share an image with yourself.");
    }

    @Test
    void tagCalls() {
        alice.addImageTag(new AddImageTagRequest()
                .withImageId(imageId)
                .withBody(new AddImageTagRequestBody().withTag(new ResourceTag().withKey("env").withValue("prod"))));
        alice.batchAddOrDeleteTags(new BatchAddOrDeleteTagsRequest()
                .withImageId(imageId)
                .withBody(new BatchAddOrDeleteTagsRequestBody()
                        .withAction(BatchAddOrDeleteTagsRequestBody.ActionEnum.CREATE)
                        .withTags(List.of(new ResourceTag().withKey("team").withValue("web")))));
        alice.createOrUpdateTags(new CreateOrUpdateTagsRequest().withBody(new AddOrUpdateTagsRequestBody()
                .withImageId(imageId)
                .withTag("stage.beta")));
        alice.glanceCreateTag(new GlanceCreateTagRequest().withImageId(imageId).withTag("golden"));

        List<ResourceTag> tags = alice.listImageTags(new ListImageTagsRequest().withImageId(imageId)).getTags();
        assertThat(tags).extracting(ResourceTag::getKey).containsExactly("env", "team", "stage", "golden");
        List<Tags> projectTags = alice.listImagesTags(new ListImagesTagsRequest()).getTags();
        assertThat(projectTags).extracting(Tags::getKey).containsExactly("env", "golden", "stage", "team");
        assertThat(alice.listTags(new ListTagsRequest()
                        .withImagetype(ListTagsRequest.ImagetypeEnum.PRIVATE)).getTags())
                .containsExactly("env=prod", "team=web", "stage=beta", "golden");

        alice.deleteImageTag(new DeleteImageTagRequest().withImageId(imageId).withKey("env"));
        alice.glanceDeleteTag(new GlanceDeleteTagRequest().withImageId(imageId).withTag("golden"));
        assertThat(alice.listImageTags(new ListImageTagsRequest().withImageId(imageId)).getTags())
                .extracting(ResourceTag::getKey).containsExactly("team", "stage");
    }

    @Test
    void queryByTags() {
        alice.addImageTag(new AddImageTagRequest()
                .withImageId(imageId)
                .withBody(new AddImageTagRequestBody().withTag(new ResourceTag().withKey("env").withValue("prod"))));

        ListImageByTagsResponse found = alice.listImageByTags(new ListImageByTagsRequest()
                .withBody(new ListImageByTagsRequestBody()
                        .withAction(ListImageByTagsRequestBody.ActionEnum.FILTER)
                        .withTags(List.of(new Tags().withKey("env").withValues(List.of("prod"))))
                        .withLimit("10")
                        .withOffset("0")));
        assertThat(found.getTotalCount()).isEqualTo(1);
        assertThat(found.getResources()).hasSize(1);
        assertThat(found.getResources().get(0).getResourceId()).isEqualTo(imageId);
        assertThat(found.getResources().get(0).getResourceDetail().getStatus()).isEqualTo("active");
        assertThat(found.getResources().get(0).getTags().get(0).getValue()).isEqualTo("prod");

        ListImageByTagsResponse counted = alice.listImageByTags(new ListImageByTagsRequest()
                .withBody(new ListImageByTagsRequestBody()
                        .withAction(ListImageByTagsRequestBody.ActionEnum.COUNT)
                        .withWithoutAnyTag(true)));
        assertThat(counted.getTotalCount()).isZero();
    }

    @Test
    void deletingAbsentTagKeyIsNotFound() {
        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> alice.deleteImageTag(new DeleteImageTagRequest().withImageId(imageId).withKey("absent")));

        assertThat(failure.getHttpStatusCode()).isEqualTo(404);
        assertThat(failure.getErrorCode()).isEqualTo("IMG.0121");
    }

    private ImsClient client(String accessKey, String secretKey, String projectId) {
        return ImsClient.newBuilder()
                .withCredential(new BasicCredentials()
                        .withAk(accessKey)
                        .withSk(secretKey)
                        .withProjectId(projectId))
                .withEndpoints(List.of(root.toString().replaceAll("/$", "")))
                .build();
    }
}
