package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.share.MemberQuota;
import io.imsservice.store.ImageStore;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of image sharing with its code and exact message, and the state left unchanged after each rejection:
 * request and image checks reject the call itself, project and limit checks fail the batch job.
 */
@QuarkusTest
class SharingRulesTest {
    private static final String UNKNOWN_PROJECT = "0123456789abcdef0123456789abcdef";
    private static final String UNKNOWN_IMAGE = "00000000-0000-0000-0000-000000000000";

    @Inject
    ImageStore images;

    @Inject
    MemberQuota memberQuota;

    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("rules");
    }

    /** How the image of a case is prepared, and which image id the request names. */
    private record Setup(String label, Consumer<SharingRulesTest> prepare, boolean unknownImage) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> rejectedBatchAdds() {
        return Stream.of(
                Arguments.of("caller's own project", plain(), List.of(Fixture.ACME_PROJECT), 400,
                        "IMG.0076", "You cannot share an image with yourself."),
                Arguments.of("unknown image", new Setup("unknown", test -> { }, true),
                        List.of(Fixture.GLOBEX_PROJECT), 400,
                        "IMG.0027", "The image ID in the request does not exist."),
                Arguments.of("Marketplace image", with(ImageAttributes.IMAGE_TYPE, "market"),
                        List.of(Fixture.GLOBEX_PROJECT), 400, "IMG.0107", "The Marketplace image cannot be shared."),
                Arguments.of("encrypted image", with(ImageAttributes.SYSTEM_CMK_ID, "kms-key-1"),
                        List.of(Fixture.GLOBEX_PROJECT), 400,
                        "IMG.0098", "The encrypted image cannot be shared or published in Marketplace."),
                Arguments.of("CSBS full-ECS image", wholeImage("CSBS"), List.of(Fixture.GLOBEX_PROJECT), 400,
                        "IMG.0135", "The full-ECS image cannot be shared."),
                Arguments.of("full-ECS image of unknown backup", wholeImage(null), List.of(Fixture.GLOBEX_PROJECT),
                        400, "IMG.0135", "The full-ECS image cannot be shared."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBatchAdds")
    void batchAddRejected(String label, Setup setup, List<String> projects, int status, String code,
            String message) {
        setup.prepare().accept(this);
        String target = setup.unknownImage() ? UNKNOWN_IMAGE : imageId;

        assertError(asAlice().body(Map.of("images", List.of(target), "projects", projects))
                .post("/v1/cloudimages/members").then(), status, code, message);

        assertNoMembers(imageId);
    }

    @Test
    void batchAddOfPublicImageRejected() {
        assertError(asAlice().body(Map.of("images", List.of(Fixture.PUBLIC_CENTOS_IMAGE),
                        "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members").then(), 400,
                "IMG.0089", "The public image or Marketplace image cannot be shared.");

        asAlice().get("/v2/images/{id}/members", Fixture.PUBLIC_CENTOS_IMAGE)
                .then().statusCode(200)
                .body("members", hasSize(0));
    }

    @Test
    void batchAddOfImageBeingCreatedRejected() {
        Ims.holdJobs();
        Ims.createServerImage("in-progress");
        String saving = asAlice().get("/v2/cloudimages?name=in-progress")
                .then().statusCode(200)
                .extract().path("images[0].id");

        assertError(asAlice().body(Map.of("images", List.of(saving), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members").then(), 400, "IMG.0046", "The image is unavailable.");

        Ims.releaseJobs();
        assertNoMembers(saving);
    }

    @Test
    void batchAddByMemberRejected() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId),
                        "projects", List.of(Fixture.ACME_DEV_PROJECT)))
                .post("/v1/cloudimages/members").then(), 400, "IMG.0106", "The image owner is another tenant.");

        assertThat(Sharing.memberStatus(imageId, Fixture.ACME_DEV_PROJECT)).isEqualTo("none");
    }

    @Test
    void batchAddOfCbrWholeImageAccepted() {
        wholeImage("CBR").prepare().accept(this);

        String jobId = asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Sharing.aliceJob(jobId).body("status", equalTo("SUCCESS"));
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    static Stream<Arguments> createdWholeImages() {
        return Stream.of(
                Arguments.of("of a server backed up by CBR", Map.of("name", "whole-cbr-server",
                        "instance_id", Fixture.READY_SERVER, "vault_id", Fixture.CBR_VAULT), true),
                Arguments.of("of a server backed up by CSBS", Map.of("name", "whole-csbs-server",
                        "instance_id", Fixture.READY_SERVER), false),
                Arguments.of("of a CBR backup", Map.of("name", "whole-cbr-backup",
                        "backup_id", Fixture.CBR_BACKUP, "whole_image_type", "CBR"), true),
                Arguments.of("of a CSBS backup", Map.of("name", "whole-csbs-backup",
                        "backup_id", Fixture.CSBS_BACKUP), false));
    }

    @ParameterizedTest(name = "full-ECS image {0}")
    @MethodSource("createdWholeImages")
    void onlyCbrWholeImagesAreShared(String label, Map<String, Object> creation, boolean shareable) {
        String jobId = asAlice().body(creation)
                .post("/v1/cloudimages/wholeimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String wholeImage = Ims.followJob(jobId);

        ValidatableResponse response = asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", wholeImage)
                .then();

        if (shareable) {
            response.statusCode(200).body("status", equalTo("pending"));
        } else {
            assertError(response, 400, "IMG.0135", "The full-ECS image cannot be shared.");
            assertNoMembers(wholeImage);
        }
    }

    static Stream<Arguments> malformedBatchBodies() {
        return Stream.of(
                Arguments.of("no images", Map.of("projects", List.of(Fixture.GLOBEX_PROJECT)),
                        "IMG.0086", "No image was found."),
                Arguments.of("empty images", Map.of("images", List.of(), "projects", List.of(Fixture.GLOBEX_PROJECT)),
                        "IMG.0086", "No image was found."),
                Arguments.of("no projects", Map.of("images", List.of(UNKNOWN_IMAGE)),
                        "IMG.0041", "The authorized account is empty."),
                Arguments.of("empty projects", Map.of("images", List.of(UNKNOWN_IMAGE), "projects", List.of()),
                        "IMG.0041", "The authorized account is empty."),
                Arguments.of("blank image", Map.of("images", List.of(""), "projects", List.of(Fixture.GLOBEX_PROJECT)),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("blank project", Map.of("images", List.of(UNKNOWN_IMAGE), "projects", List.of(" ")),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("images not a list", Map.of("images", "x", "projects", List.of(Fixture.GLOBEX_PROJECT)),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("account members", Map.of("images", List.of(UNKNOWN_IMAGE),
                        "projects", List.of(Fixture.GLOBEX_PROJECT),
                        "domains", List.of("38dbfdf7b0ff79cb4c47e12a51a6dfc9")),
                        "IMG.0105", "The operation is not supported."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBatchBodies")
    void batchBodiesValidated(String label, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v1/cloudimages/members").then(), 400, code, message);
        assertError(asAlice().body(body).delete("/v1/cloudimages/members").then(), 400, code, message);
    }

    @Test
    void batchWithoutBodyRejected() {
        assertError(asAlice().post("/v1/cloudimages/members").then(), 400,
                "IMG.0007", "The request body is empty.");
        assertError(asAlice().put("/v1/cloudimages/members").then(), 400,
                "IMG.0007", "The request body is empty.");
    }

    static Stream<Arguments> failedAddJobs() {
        return Stream.of(
                Arguments.of("unknown project", List.of(UNKNOWN_PROJECT),
                        "IMG.0108", "The tenant ID was not found in the current region."),
                Arguments.of("project of another region", List.of(Fixture.ACME_SOUTH_PROJECT),
                        "IMG.0108", "The tenant ID was not found in the current region."),
                Arguments.of("one unknown project among valid ones", List.of(Fixture.GLOBEX_PROJECT, UNKNOWN_PROJECT),
                        "IMG.0108", "The tenant ID was not found in the current region."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failedAddJobs")
    void addJobFails(String label, List<String> projects, String code, String message) {
        String jobId = asAlice().body(Map.of("images", List.of(imageId), "projects", projects))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.assertJobFailed(Sharing.aliceJob(jobId), code, message);
        assertNoMembers(imageId);
    }

    @Test
    void addJobBeyondMemberLimitAddsNobody() {
        String otherImage = Ims.createActiveServerImage("unlimited");
        setMemberQuota(imageId, 2);
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        setMemberQuota(imageId, 1);

        String jobId = asAlice().body(Map.of("images", List.of(otherImage, imageId),
                        "projects", List.of(Fixture.ACME_DEV_PROJECT, Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.assertJobFailed(Sharing.aliceJob(jobId), "IMG.0088",
                "The number of shared images has reached the maximum allowed.");
        assertThat(Sharing.memberStatus(imageId, Fixture.ACME_DEV_PROJECT)).isEqualTo("none");
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
        assertNoMembers(otherImage);
    }

    @Test
    void addJobWithinMemberLimitSucceeds() {
        setMemberQuota(imageId, 2);

        String jobId = asAlice().body(Map.of("images", List.of(imageId),
                        "projects", List.of(Fixture.ACME_DEV_PROJECT, Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Sharing.aliceJob(jobId).body("status", equalTo("SUCCESS"));
    }

    @Test
    void memberLimitDefaultsByImageKind() {
        assertThat(memberQuota.maxMembers(images.findById(imageId).await().indefinitely().orElseThrow()))
                .isEqualTo(256);

        wholeImage("CBR").prepare().accept(this);

        assertThat(memberQuota.maxMembers(images.findById(imageId).await().indefinitely().orElseThrow()))
                .isEqualTo(10);
    }

    @Test
    void addJobForImageDeletedMeanwhileFails() {
        Ims.holdJobs();
        String jobId = asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);

        Ims.releaseJobs();

        Ims.assertJobFailed(Sharing.aliceJob(jobId), "IMG.0144",
                "The image does not exist.");
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    static Stream<Arguments> rejectedBatchDecisions() {
        return Stream.of(
                Arguments.of("another project's id", Fixture.BOB_TOKEN, Fixture.ACME_DEV_PROJECT, "accepted", 400,
                        "IMG.0030", "The project ID and token in the request are invalid."),
                Arguments.of("owner accepting", Fixture.ALICE_TOKEN, Fixture.ACME_PROJECT, "accepted", 400,
                        "IMG.0026", "The operator does not have the rights to perform the operation."),
                Arguments.of("project outside the share", Fixture.ALICE_DEV_TOKEN, Fixture.ACME_DEV_PROJECT,
                        "accepted", 400, "IMG.0027", "The image ID in the request does not exist."),
                Arguments.of("status pending", Fixture.BOB_TOKEN, Fixture.GLOBEX_PROJECT, "pending", 400,
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("status in upper case", Fixture.BOB_TOKEN, Fixture.GLOBEX_PROJECT, "ACCEPTED", 400,
                        "IMG.0001", "The request message format is invalid."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBatchDecisions")
    void batchDecisionRejected(String label, String token, String projectId, String status, int httpStatus,
            String code, String message) {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(Ims.as(token).body(Map.of("images", List.of(imageId), "project_id", projectId, "status", status))
                .put("/v1/cloudimages/members").then(), httpStatus, code, message);

        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    @Test
    void batchDecisionBodiesValidated() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId), "status", "accepted"))
                .put("/v1/cloudimages/members").then(), 400, "IMG.0041", "The authorized account is empty.");
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(), "project_id", Fixture.GLOBEX_PROJECT,
                        "status", "accepted"))
                .put("/v1/cloudimages/members").then(), 400, "IMG.0086", "No image was found.");
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId),
                        "project_id", Fixture.GLOBEX_PROJECT))
                .put("/v1/cloudimages/members").then(), 400, "IMG.0001", "The request message format is invalid.");

        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    @Test
    void acceptingCbrWholeImageNeedsVault() {
        wholeImage("CBR").prepare().accept(this);
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId),
                        "project_id", Fixture.GLOBEX_PROJECT, "status", "accepted"))
                .put("/v1/cloudimages/members").then(), 400, "IMG.0135", "The full-ECS image cannot be shared.");
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("status", "accepted"))
                .put("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT).then(), 400,
                "IMG.0135", "The full-ECS image cannot be shared.");
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");

        Ims.as(Fixture.BOB_TOKEN).body(Map.of("status", "accepted", "vault_id", "vault-1"))
                .put("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(200)
                .body("status", equalTo("accepted"));
    }

    @Test
    void decisionJobForEndedMembershipFails() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Ims.holdJobs();
        String jobId = Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId),
                        "project_id", Fixture.GLOBEX_PROJECT, "status", "accepted"))
                .put("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");
        asAlice().delete("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(204);

        Ims.releaseJobs();

        Ims.assertJobFailed(Ims.as(Fixture.BOB_TOKEN).get("/v1/{project}/jobs/{job}", Fixture.GLOBEX_PROJECT, jobId)
                .then(), "IMG.0144", "The image does not exist.");
        assertNoMembers(imageId);
    }

    @Test
    void batchDeleteByMemberRejected() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("images", List.of(imageId),
                        "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .delete("/v1/cloudimages/members").then(), 400, "IMG.0106", "The image owner is another tenant.");

        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    static Stream<Arguments> rejectedGlanceAdds() {
        return Stream.of(
                Arguments.of("caller's own project", Fixture.ACME_PROJECT, 400,
                        "IMG.0076", "You cannot share an image with yourself."),
                Arguments.of("unknown project", UNKNOWN_PROJECT, 404,
                        "IMG.0108", "The tenant ID was not found in the current region."),
                Arguments.of("project of another region", Fixture.ACME_SOUTH_PROJECT, 404,
                        "IMG.0108", "The tenant ID was not found in the current region."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedGlanceAdds")
    void glanceAddRejected(String label, String projectId, int status, String code, String message) {
        assertError(asAlice().body(Map.of("member", projectId)).post("/v2/images/{id}/members", imageId).then(),
                status, code, message);

        assertNoMembers(imageId);
    }

    @Test
    void injectedMemberAddFailureFailsJob() {
        SimControls.injectFault("member_add");

        String jobId = asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.assertJobFailed(Sharing.aliceJob(jobId), "IMG.0112",
                "Failed to add the tenant.");
        assertNoMembers(imageId);
    }

    @Test
    void injectedMemberAddFailureFailsGlanceCall() {
        SimControls.injectFault("member_add");

        assertError(asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", imageId).then(), 400, "IMG.0112", "Failed to add the tenant.");

        assertNoMembers(imageId);
    }

    @Test
    void injectedMemberDeleteFailureKeepsMembers() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        SimControls.injectFault("member_delete");

        String jobId = asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .delete("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");
        Ims.assertJobFailed(Sharing.aliceJob(jobId), "IMG.0113",
                "Failed to delete the tenant.");
        SimControls.injectFault("member_delete");
        assertError(asAlice().delete("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT).then(),
                400, "IMG.0113", "Failed to delete the tenant.");

        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    @Test
    void injectedMemberQueryFailureFailsQueries() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        SimControls.injectFault("member_query");
        SimControls.injectFault("member_query");

        assertError(asAlice().get("/v1/{project}/cloudimages/{id}/members", Fixture.ACME_PROJECT, imageId).then(),
                400, "IMG.0114", "Failed to query the tenant details.");
        assertError(asAlice().get("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT).then(),
                400, "IMG.0114", "Failed to query the tenant details.");

        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    @Test
    void membersComeFromTheImageRegion() {
        images.update(imageId, image -> image.owner(Fixture.ACME_SOUTH_PROJECT).region("cn-south-1"))
                .await().indefinitely();

        assertError(Ims.as(Fixture.ALICE_SOUTH_TOKEN).body(Map.of("member", Fixture.ACME_PROJECT))
                .post("/v2/images/{id}/members", imageId).then(), 404,
                "IMG.0108", "The tenant ID was not found in the current region.");
        assertError(asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");

        Ims.as(Fixture.ALICE_SOUTH_TOKEN).get("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("members", hasSize(0));
    }

    @Test
    void glanceAddBeyondMemberLimitRejected() {
        setMemberQuota(imageId, 1);
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(asAlice().body(Map.of("member", Fixture.ACME_DEV_PROJECT))
                .post("/v2/images/{id}/members", imageId).then(), 400,
                "IMG.0088", "The number of shared images has reached the maximum allowed.");

        assertThat(Sharing.memberStatus(imageId, Fixture.ACME_DEV_PROJECT)).isEqualTo("none");
    }

    @Test
    void glanceAddOfPublicImageRejected() {
        assertError(asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", Fixture.PUBLIC_CENTOS_IMAGE).then(), 400,
                "IMG.0089", "The public image or Marketplace image cannot be shared.");
    }

    @Test
    void glanceBodiesValidated() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(asAlice().body(Map.of("member", "")).post("/v2/images/{id}/members", imageId).then(), 400,
                "IMG.0041", "The authorized account is empty.");
        assertError(asAlice().post("/v2/images/{id}/members", imageId).then(), 400,
                "IMG.0007", "The request body is empty.");
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("status", "maybe"))
                .put("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT).then(), 400,
                "IMG.0001", "The request message format is invalid.");
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
    }

    @Test
    void glanceQueriesOfNonMemberNotFound() {
        assertError(asAlice().get("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT).then(),
                404, "IMG.0121", "The object cannot be found.");
        assertError(asAlice().get("/v1/{project}/cloudimages/{id}/members/{member}", Fixture.ACME_PROJECT, imageId,
                Fixture.GLOBEX_PROJECT).then(), 400, "IMG.0121", "The object cannot be found.");
    }

    static Stream<Arguments> badMemberQueries() {
        return Stream.of(
                Arguments.of("limit=0", "IMG.0017", "The URL format is incorrect."),
                Arguments.of("limit=1001", "IMG.0017", "The URL format is incorrect."),
                Arguments.of("limit=some", "IMG.0017", "The URL format is incorrect."),
                Arguments.of("marker=%25%25%25", "IMG.0017", "The URL format is incorrect."),
                Arguments.of("marker=bm8tc3VjaC1tZW1iZXI", "IMG.0017", "The URL format is incorrect."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMemberQueries")
    void memberQueriesValidated(String query, String code, String message) {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        assertError(asAlice().get("/v1/" + Fixture.ACME_PROJECT + "/cloudimages/" + imageId + "/members?" + query)
                .then(), 400, code, message);
        assertError(asAlice().get("/v2/images/" + imageId + "/members?" + query).then(), 400, code, message);
    }

    @Test
    void memberQueryPathNeedsCallersProject() {
        assertError(asAlice().get("/v1/{project}/cloudimages/{id}/members", Fixture.GLOBEX_PROJECT, imageId).then(),
                400, "IMG.0030", "The project ID and token in the request are invalid.");
        assertError(asAlice().get("/v1/{project}/cloudimages/{id}/members/{member}", Fixture.GLOBEX_PROJECT,
                imageId, Fixture.GLOBEX_PROJECT).then(),
                400, "IMG.0030", "The project ID and token in the request are invalid.");
    }

    @Test
    void readOnlyCallerCannotShare() {
        assertError(Ims.as(Fixture.READER_TOKEN).body(Map.of("images", List.of(imageId),
                        "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members").then(), 400,
                "IMG.0026", "The operator does not have the rights to perform the operation.");

        assertNoMembers(imageId);
    }

    @Test
    void memberQuotaOverrideValidated() {
        given().contentType(ContentType.JSON).body(Map.of("max_members", -1))
                .put("/sim/v1/images/{id}/member-quota", imageId)
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
        given().contentType(ContentType.JSON).body(Map.of("max_members", 3))
                .put("/sim/v1/images/{id}/member-quota", UNKNOWN_IMAGE)
                .then().statusCode(404)
                .body("error.code", equalTo("SIM.0004"));
        given().contentType(ContentType.JSON).body(Map.of("max_members", 3, "per_project", true))
                .put("/sim/v1/images/{id}/member-quota", imageId)
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0001"));
    }

    private void setMemberQuota(String image, int limit) {
        given().contentType(ContentType.JSON)
                .body(Map.of("max_members", limit))
                .put("/sim/v1/images/{id}/member-quota", image)
                .then().statusCode(200)
                .body("max_members", equalTo(limit));
    }

    private static void assertNoMembers(String image) {
        asAlice().get("/v2/images/{id}/members", image)
                .then().statusCode(200)
                .body("members", hasSize(0));
    }

    private static Setup plain() {
        return new Setup("plain", test -> { }, false);
    }

    private static Setup with(String attribute, String value) {
        return new Setup(attribute + "=" + value, test -> test.setProperty(attribute, value), false);
    }

    private static Setup wholeImage(String backupType) {
        return new Setup("full-ECS " + backupType, test -> {
            test.setProperty(ImageAttributes.WHOLE_IMAGE, "true");
            test.images.update(test.imageId, image -> image.wholeImageType(backupType)).await().indefinitely();
        }, false);
    }

    private void setProperty(String attribute, String value) {
        images.update(imageId, image -> image.property(attribute, value)).await().indefinitely();
    }
}
