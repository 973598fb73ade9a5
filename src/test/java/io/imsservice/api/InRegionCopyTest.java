package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class InRegionCopyTest {
    private static final String COPY_JOB = "imsCopyImageInRegionJob";
    private static final String SERVER_IMAGE_SIZE = Long.toString(40L * 1024 * 1024 * 1024);
    private static final Map<String, Object> COPY = Bodies.of("name", "web-copy");
    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void copyKeepsSourceAttributes() {
        String sourceId = Ims.createActiveServerImage("web-base");

        String jobId = copyJob(sourceId, Bodies.of("name", "web-copy", "description", "copied",
                "enterprise_project_id", Fixture.PRODUCTION_ENTERPRISE_PROJECT));

        String copyId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo(COPY_JOB))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("web-copy"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("name", equalTo("web-copy"))
                .body("status", equalTo("active"))
                .body("visibility", equalTo("private"))
                .body("owner", equalTo(Fixture.ACME_PROJECT))
                .body("__imagetype", equalTo("private"))
                .body("__description", equalTo("copied"))
                .body("enterprise_project_id", equalTo(Fixture.PRODUCTION_ENTERPRISE_PROJECT))
                .body("__originalimagename", equalTo(sourceId))
                .body("__image_size", equalTo(SERVER_IMAGE_SIZE))
                .body("min_disk", equalTo(40))
                .body("disk_format", equalTo("zvhd2"))
                .body("virtual_env_type", equalTo("FusionCompute"))
                .body("__os_version", equalTo("CentOS 7.6 64bit"))
                .body("__platform", equalTo("CentOS"))
                .body("__support_kvm", equalTo("true"))
                .body("hw_firmware_type", equalTo("bios"))
                .body("__data_origin", equalTo("instance," + Fixture.READY_SERVER))
                .body("$", not(hasKey("__system__cmkid")));
        asAlice().get("/v2/images/{id}", sourceId)
                .then().statusCode(200)
                .body("name", equalTo("web-base"))
                .body("status", equalTo("active"));
    }

    @Test
    void copyIsEncryptedWithRequestedKey() {
        String sourceId = Ims.createActiveServerImage("web-base");

        String copyId = Ims.followJob(copyJob(sourceId, Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY)));

        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("__system__cmkid", equalTo(Fixture.KMS_KEY));
    }

    @Test
    void encryptedSourceCopiedWithAnotherKey() {
        String otherKey = SimControls.create("/sim/v1/kms-keys", Bodies.of("project_id", Fixture.ACME_PROJECT,
                "alias", "ims/other"));
        String sourceId = encryptedImage(Fixture.KMS_KEY);

        String copyId = Ims.followJob(copyJob(sourceId, Bodies.with(COPY, "cmk_id", otherKey)));

        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("__system__cmkid", equalTo(otherKey));
    }

    @Test
    void encryptedSourceCopiedWithoutKeyIsUnencrypted() {
        String sourceId = encryptedImage(Fixture.KMS_KEY);

        String copyId = Ims.followJob(copyJob(sourceId, COPY));

        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("$", not(hasKey("__system__cmkid")));
    }

    @Test
    void copyOnV21PathBehavesAlike() {
        String sourceId = Ims.createActiveServerImage("web-base");

        String jobId = asAlice().body(COPY).post("/v2.1/cloudimages/{id}/copy", sourceId)
                .then().statusCode(200)
                .extract().path("job_id");

        String copyId = Ims.followJob(jobId);
        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("name", equalTo("web-copy"));
    }

    @Test
    void copyIsSavingWhileJobRuns() {
        String sourceId = Ims.createActiveServerImage("web-base");
        Ims.holdJobs();

        String jobId = copyJob(sourceId, COPY);

        asAlice().get("/v2/cloudimages?name=web-copy")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("saving"));
        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("RUNNING"));
        Ims.releaseJobs();
        String copyId = Ims.followJob(jobId);
        asAlice().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("status", equalTo("active"));
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("name missing", Bodies.of("description", "copied"),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name too long", Bodies.of("name", "n".repeat(129)),
                        "IMG.0002", "The image name contains more than 128 characters."),
                Arguments.of("name with asterisk", Bodies.of("name", "web*copy"),
                        "IMG.0003", "The image name format is invalid."),
                Arguments.of("description too long", Bodies.with(COPY, "description", "d".repeat(1025)),
                        "IMG.0004", "The image name contains more than 1024 characters."),
                Arguments.of("description with angle bracket", Bodies.with(COPY, "description", "<b>"),
                        "IMG.0054", "The image description format is invalid."),
                Arguments.of("name of an existing image", Bodies.of("name", "web-base"),
                        "IMG.0009", "The image name already exists."),
                Arguments.of("unknown enterprise project", Bodies.with(COPY, "enterprise_project_id",
                        Fixture.GLOBEX_ENTERPRISE_PROJECT),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("disabled enterprise project", Bodies.with(COPY, "enterprise_project_id",
                        Fixture.RETIRED_ENTERPRISE_PROJECT),
                        "IMG.0156", "Failed to associate the image with the enterprise project ID."),
                Arguments.of("unknown key", Bodies.with(COPY, "cmk_id", UNKNOWN_ID),
                        "IMG.0095", "The KMS key does not exist."),
                Arguments.of("key of another project", Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY_OF_DEV),
                        "IMG.0095", "The KMS key does not exist."),
                Arguments.of("disabled key", Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY_DISABLED),
                        "IMG.0097", "The key is not enabled."),
                Arguments.of("key without access", Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY_DENIED),
                        "IMG.0099", "You do not have the permission to access the key."),
                Arguments.of("key without OBT permission", Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY_WITHOUT_OBT),
                        "IMG.0100", "You do not have OBT permission of KMS."),
                Arguments.of("name not a string", Bodies.with(COPY, "name", List.of("web-copy")),
                        "IMG.0001", "The request message format is invalid."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void copyRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        String sourceId = Ims.createActiveServerImage("web-base");

        assertError(asAlice().body(body).post("/v1/cloudimages/{id}/copy", sourceId).then(), 400, code, message);

        assertNothingCopied();
    }

    static Stream<Arguments> rejectedSources() {
        return Stream.of(
                Arguments.of("source saving", Map.of(), "saving",
                        "IMG.0046", "The image is unavailable."),
                Arguments.of("full-ECS source", Map.of("__whole_image", "true"), null,
                        "IMG.0130", "The full-ECS image cannot be exported or replicated."),
                Arguments.of("ISO source", Map.of("virtual_env_type", "IsoImage"), null,
                        "IMG.0105", "The operation is not supported."),
                Arguments.of("original key missing", Map.of("__system__cmkid", UNKNOWN_ID), null,
                        "IMG.0101", "The original key does not exist."),
                Arguments.of("original key of another project", Map.of("__system__cmkid", Fixture.KMS_KEY_OF_DEV),
                        null, "IMG.0101", "The original key does not exist."),
                Arguments.of("original key disabled", Map.of("__system__cmkid", Fixture.KMS_KEY_DISABLED), null,
                        "IMG.0102", "The original key is not enabled."),
                Arguments.of("original key without access", Map.of("__system__cmkid", Fixture.KMS_KEY_DENIED),
                        null, "IMG.0103", "You do not have the permission to access the original key."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedSources")
    void copyRejectsSource(String scenario, Map<String, String> properties, String status, String code,
            String message) {
        String sourceId = Ims.createActiveServerImage("web-base");
        Map<String, Object> state = new HashMap<>();
        state.put("attributes", properties);
        if (status != null) {
            state.put("status", status);
        }
        SimControls.patch("/sim/v1/images/" + sourceId, state);

        assertError(asAlice().body(COPY).post("/v1/cloudimages/{id}/copy", sourceId).then(), 400, code, message);

        assertNothingCopied();
    }

    @Test
    void sameKeyAsSourceIsRejected() {
        String sourceId = encryptedImage(Fixture.KMS_KEY);

        assertError(asAlice().body(Bodies.with(COPY, "cmk_id", Fixture.KMS_KEY))
                .post("/v1/cloudimages/{id}/copy", sourceId).then(), 400,
                "IMG.0096", "The specified KMS key ID must be different from the image key ID.");

        assertNothingCopied();
    }

    @Test
    void quotaReachedIsRejected() {
        String sourceId = Ims.createActiveServerImage("web-base");
        SimControls.setQuota(Fixture.ACME_PROJECT, 1);

        assertError(asAlice().body(COPY).post("/v1/cloudimages/{id}/copy", sourceId).then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        assertNothingCopied();
    }

    @Test
    void publicImageIsRejected() {
        assertError(asAlice().body(COPY).post("/v1/cloudimages/{id}/copy", Fixture.PUBLIC_CENTOS_IMAGE).then(),
                400, "IMG.0047", "This operation can be performed only by the image owner.");

        Ims.assertNothingCreated();
    }

    @Test
    void imageOfAnotherProjectIsRejected() {
        String devJobId = Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "dev-base", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String devImageId = Ims.as(Fixture.ALICE_DEV_TOKEN)
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_DEV_PROJECT, devJobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");

        assertError(asAlice().body(COPY).post("/v1/cloudimages/{id}/copy", devImageId).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");

        Ims.assertNothingCreated();
    }

    @Test
    void imageSharedWithCallerIsOwnerOnly() {
        String imageId = Ims.createActiveServerImage("shared-base");
        Sharing.share(imageId, Fixture.ACME_DEV_PROJECT);
        Sharing.decide(Fixture.ALICE_DEV_TOKEN, imageId, Fixture.ACME_DEV_PROJECT, "accepted");

        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).body(COPY).post("/v1/cloudimages/{id}/copy", imageId).then(), 400,
                "IMG.0106", "The image owner is another tenant.");
    }

    @Test
    void unknownImageIsRejected() {
        assertError(asAlice().body(COPY).post("/v1/cloudimages/{id}/copy", UNKNOWN_ID).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");

        Ims.assertNothingCreated();
    }

    @Test
    void emptyBodyIsRejected() {
        String sourceId = Ims.createActiveServerImage("web-base");

        assertError(asAlice().post("/v1/cloudimages/{id}/copy", sourceId).then(), 400,
                "IMG.0007", "The request body is empty.");

        assertNothingCopied();
    }

    private static String copyJob(String sourceId, Map<String, Object> body) {
        return asAlice().body(body).post("/v1/cloudimages/{id}/copy", sourceId)
                .then().statusCode(200)
                .extract().path("job_id");
    }

    /** Creates an active image of the ready server and marks it as encrypted with the key. */
    private static String encryptedImage(String keyId) {
        String imageId = Ims.createActiveServerImage("web-base");
        SimControls.patch("/sim/v1/images/" + imageId, Map.of("attributes", Map.of("__system__cmkid", keyId)));
        return imageId;
    }

    /** Asserts that Alice's project has no copy job and no private image besides the source "web-base". */
    private static void assertNothingCopied() {
        given().get("/sim/v1/jobs?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("jobs.job_type", not(hasItem(COPY_JOB)));
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images.name", equalTo(List.of("web-base")));
    }
}
