package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/cloudimages/{image_id}/cross_region_copy from acme/cn-north-4 to acme/cn-south-1. */
@QuarkusTest
class CrossRegionCopyTest {
    private static final String TARGET_REGION = "cn-south-1";
    private static final String ADMIN_AGENCY = "ims_admin_agency";
    private static final long GIB = 1024L * 1024 * 1024;

    private String sourceId;

    @BeforeEach
    void createSourceImage() {
        Ims.resetToFixtures();
        sourceId = Ims.createActiveServerImage("web-base");
    }

    @Test
    void copyCreatesImageInTargetProject() {
        String jobId = copy(sourceId, body("web-south", "description", "copied south"))
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("job_id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("job_id");

        String copyId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsCrossRegionCopyImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("error_code", equalTo(null))
                .body("entities.image_name", equalTo("web-south"))
                .extract().path("entities.image_id");
        assertThat(copyId).isNotEqualTo(sourceId);
        asSouth().get("/v2/cloudimages?id=" + copyId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].name", equalTo("web-south"))
                .body("images[0].status", equalTo("active"))
                .body("images[0].visibility", equalTo("private"))
                .body("images[0].owner", equalTo(Fixture.ACME_SOUTH_PROJECT))
                .body("images[0].__imagetype", equalTo("private"))
                .body("images[0].__originalimagename", equalTo(sourceId))
                .body("images[0].__description", equalTo("copied south"))
                .body("images[0].__image_size", equalTo(Long.toString(40 * GIB)))
                .body("images[0].__os_version", equalTo("CentOS 7.6 64bit"))
                .body("images[0].__backup_id", equalTo(""))
                .body("images[0].min_disk", equalTo(40))
                .body("images[0].disk_format", equalTo("zvhd2"))
                .body("images[0].enterprise_project_id", equalTo("0"))
                .body("images[0].active_at", not(emptyString()));
        asSouth().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("id", equalTo(copyId));
    }

    @Test
    void copyIsInvisibleInSourceRegion() {
        String copyId = copyAndFollow(sourceId, body("web-south"));

        asAlice().get("/v2/cloudimages?id=" + copyId)
                .then().statusCode(200)
                .body("images", hasSize(0));
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(sourceId)));
        assertError(asAlice().get("/v2/images/{id}", copyId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v2/cloudimages?id=" + copyId)
                .then().statusCode(200)
                .body("images", hasSize(0));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?id=" + copyId)
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void targetProjectSeesOnlyItsRegion() {
        copyAndFollow(sourceId, body("web-south"));

        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].name", equalTo("web-south"));
        assertError(asSouth().get("/v2/images/{id}", sourceId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(asSouth().get("/v2/images/{id}", Fixture.PUBLIC_CENTOS_IMAGE).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void jobBelongsToSourceProject() {
        String jobId = copy(sourceId, body("web-south")).statusCode(200).extract().path("job_id");

        assertError(asSouth().get("/v1/{project}/jobs/{job}", Fixture.ACME_SOUTH_PROJECT, jobId).then(), 400,
                "IMG.0031", "The resource ID in the request is incorrect.");
        asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
    }

    @Test
    void heldCopyIsSavingUntilJobEnds() {
        Ims.holdJobs();
        String jobId = copy(sourceId, body("web-south")).statusCode(200).extract().path("job_id");

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("RUNNING"));
        asSouth().get("/v2/cloudimages?name=web-south")
                .then().statusCode(200)
                .body("images[0].status", equalTo("saving"))
                .body("images[0].__image_size", equalTo("0"));

        Ims.releaseJobs();

        asSouth().get("/v2/cloudimages?name=web-south")
                .then().statusCode(200)
                .body("images[0].status", equalTo("active"));
    }

    @Test
    void copyOfMaxSizeImageSucceeds() {
        SimControls.patchImage(sourceId, Map.of("image_size", 128 * GIB));

        String copyId = copyAndFollow(sourceId, body("web-south"));

        asSouth().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("__image_size", equalTo(Long.toString(128 * GIB)));
    }

    @Test
    void wholeImageCopyRecordsBackupReplica() {
        SimControls.patchImage(sourceId, Map.of("whole_image", true));

        String copyId = copyAndFollow(sourceId, body("whole-south", "vault_id",
                "3b5816b5-f29c-4172-9d9a-76c719a659ce"));

        asSouth().get("/v2/images/{id}", copyId)
                .then().statusCode(200)
                .body("__whole_image", equalTo(true))
                .body("__backup_id", matchesPattern("[0-9a-f-]{36}"));
        assertError(copy(sourceId, body("whole-again", "vault_id", "3b5816b5-f29c-4172-9d9a-76c719a659ce")),
                400, "IMG.0150", "The CSBS backup used to create the full-ECS image already exists in the "
                        + "destination region and cannot be used again.");
        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1));
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("name missing", without(body("x"), "name"),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name bad character", body("web/south"),
                        "IMG.0003", "The image name format is invalid."),
                Arguments.of("description too long", body("web-south", "description", "d".repeat(1025)),
                        "IMG.0004", "The image name contains more than 1024 characters."),
                Arguments.of("enterprise project not a UUID", body("web-south", "enterprise_project_id", "default"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("region missing", without(body("web-south"), "region"),
                        "IMG.0147", "The entered region information is incorrect."),
                Arguments.of("region unknown", body("web-south", "region", "eu-west-0", "project_name", "eu-west-0"),
                        "IMG.0147", "The entered region information is incorrect."),
                Arguments.of("region of the source", body("web-south", "region", "cn-north-4",
                        "project_name", "cn-north-4_dev"),
                        "IMG.0143", "Replication must be performed across regions."),
                Arguments.of("project name missing", without(body("web-south"), "project_name"),
                        "IMG.0145", "The project name is incorrect."),
                Arguments.of("project of another region", body("web-south", "project_name", "cn-north-4"),
                        "IMG.0145", "The project name is incorrect."),
                Arguments.of("no project in region", body("web-south", "region", "ap-southeast-1",
                        "project_name", "ap-southeast-1"),
                        "IMG.0145", "The project name is incorrect."),
                Arguments.of("agency missing", without(body("web-south"), "agency_name"),
                        "IMG.0151", "The agency does not have the needed permissions to perform this operation "
                                + "on the target project."),
                Arguments.of("agency unknown", body("web-south", "agency_name", "no_such_agency"),
                        "IMG.0151", "The agency does not have the needed permissions to perform this operation "
                                + "on the target project."),
                Arguments.of("agency without rights", body("web-south", "agency_name", "ims_readonly_agency"),
                        "IMG.0151", "The agency does not have the needed permissions to perform this operation "
                                + "on the target project."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void copyRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(copy(sourceId, body), 400, code, message);

        assertNothingCopied();
    }

    @Test
    void copyRejectsEmptyBody() {
        assertError(asAlice().post("/v1/cloudimages/{id}/cross_region_copy", sourceId).then(), 400,
                "IMG.0007", "The request body is empty.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsUnknownImage() {
        assertError(copy("00000000-0000-0000-0000-000000000000", body("web-south")), 400,
                "IMG.0144", "The image does not exist.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsImageOfOtherProject() {
        String devJob = Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "dev-base", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String devImage = Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v1/cloudimages/job/{job}", devJob)
                .then().statusCode(200)
                .extract().path("entities.image_id");

        assertError(copy(devImage, body("web-south")), 400, "IMG.0144", "The image does not exist.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsImageOfOtherRegion() {
        String southImage = copyAndFollow(sourceId, body("web-south"));

        assertError(copy(southImage, body("web-back")), 400, "IMG.0144", "The image does not exist.");

        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1));
    }

    @Test
    void copyRejectsPublicImage() {
        assertError(copy(Fixture.PUBLIC_CENTOS_IMAGE, body("centos-south")), 400,
                "IMG.0106", "The image owner is another tenant.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsImageNotActive() {
        SimControls.patchImage(sourceId, Map.of("status", "saving"));

        assertError(copy(sourceId, body("web-south")), 400, "IMG.0046", "The image is unavailable.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsIsoImage() {
        SimControls.patchImage(sourceId, Map.of("virtual_env_type", "IsoImage"));

        assertError(copy(sourceId, body("web-south")), 400, "IMG.0105", "The operation is not supported.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsEncryptedImage() {
        SimControls.patchImage(sourceId, Map.of("system_cmk_id", "83cdb52d-9ebf-4469-9cfa-e7b5b80da846"));

        assertError(copy(sourceId, body("web-south")), 400,
                "IMG.0143", "An encrypted image cannot be replicated cross regions.");

        assertNothingCopied();
    }

    @Test
    void copyAcceptsImageWithKeyCleared() {
        SimControls.patchImage(sourceId, Map.of("system_cmk_id", "83cdb52d-9ebf-4469-9cfa-e7b5b80da846"));
        SimControls.patchImage(sourceId, Map.of("system_cmk_id", ""));

        copy(sourceId, body("web-south")).statusCode(200);
    }

    @Test
    void copyRejectsImageOverMaxSize() {
        SimControls.patchImage(sourceId, Map.of("image_size", 128 * GIB + 1));

        assertError(copy(sourceId, body("web-south")), 400, "IMG.0146",
                "The size of the image to be replicated across regions exceeds the upper limit.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsWholeImageWithoutVault() {
        SimControls.patchImage(sourceId, Map.of("whole_image", true));

        assertError(copy(sourceId, body("web-south")), 400,
                "IMG.0130", "The full-ECS image cannot be exported or replicated.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsWholeImageInOneAz() {
        SimControls.patchImage(sourceId, Map.of("whole_image", true, "backup_availability_zone", "cn-north-4a"));

        assertError(copy(sourceId, body("web-south", "vault_id", "3b5816b5-f29c-4172-9d9a-76c719a659ce")), 400,
                "IMG.0152", "The full-ECS image is available only in the specified AZ.");

        assertNothingCopied();
    }

    @Test
    void copyAcceptsWholeImageOnceBackupLeavesAz() {
        SimControls.patchImage(sourceId, Map.of("whole_image", true, "backup_availability_zone", "cn-north-4a"));
        SimControls.patchImage(sourceId, Map.of("backup_availability_zone", ""));

        copy(sourceId, body("web-south", "vault_id", "3b5816b5-f29c-4172-9d9a-76c719a659ce")).statusCode(200);
    }

    @Test
    void imageStateRejectsNegativeSize() {
        given().contentType(ContentType.JSON)
                .body(Map.of("image_size", -1))
                .patch("/sim/v1/images/{id}", sourceId)
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
    }

    @Test
    void copyRejectsWholeImageAlreadyReplicated() {
        SimControls.patchImage(sourceId, Map.of("whole_image", true, "backup_replica_regions", List.of(TARGET_REGION)));

        assertError(copy(sourceId, body("web-south", "vault_id", "3b5816b5-f29c-4172-9d9a-76c719a659ce")), 400,
                "IMG.0150", "The CSBS backup used to create the full-ECS image already exists in the destination "
                        + "region and cannot be used again.");

        assertNothingCopied();
    }

    @Test
    void copyRejectsNameTakenInTargetProject() {
        copyAndFollow(sourceId, body("web-south"));

        assertError(copy(sourceId, body("web-south")), 400, "IMG.0009", "The image name already exists.");

        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1));
    }

    @Test
    void copyRejectsFullTargetQuota() {
        setQuota(Fixture.ACME_SOUTH_PROJECT, 0);

        assertError(copy(sourceId, body("web-south")), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        assertNothingCopied();
    }

    @Test
    void rejectedCopyReleasesItsSlots() {
        setQuota(Fixture.ACME_SOUTH_PROJECT, 0);
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);
        Ims.holdJobs();
        for (int i = 0; i < 6; i++) {
            assertError(copy(sourceId, body("web-south-" + i)), 400,
                    "IMG.0015", "The number of private images has reached the maximum allowed.");
        }

        setQuota(Fixture.ACME_SOUTH_PROJECT, 10);

        copy(sourceId, body("web-south")).statusCode(200);
    }

    @Test
    void readOnlyCallerCannotCopy() {
        assertError(Ims.as(Fixture.READER_TOKEN)
                .body(body("web-south"))
                .post("/v1/cloudimages/{id}/cross_region_copy", sourceId)
                .then(), 400, "IMG.0026", "The operator does not have the rights to perform the operation.");

        assertNothingCopied();
    }

    @Test
    void copiesInFlightAreLimited() {
        Ims.holdJobs();
        for (int i = 0; i < 5; i++) {
            copy(sourceId, body("web-south-" + i)).statusCode(200);
        }

        assertError(copy(sourceId, body("web-south-5")), 400, "IMG.0149",
                "The number of image replicated cross regions exceeds the maximum number allowed at a time.");

        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(5));
        Ims.releaseJobs();
        copy(sourceId, body("web-south-5")).statusCode(200);
    }

    @Test
    void copyObeysProjectFlowControl() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);
        Ims.holdJobs();
        copy(sourceId, body("web-south-0")).statusCode(200);

        assertError(copy(sourceId, body("web-south-1")), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1));
    }

    @Test
    void concurrentCopiesNeverExceedLimit() throws Exception {
        int attempts = 10;
        Ims.holdJobs();
        List<Callable<String>> copies = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Map<String, Object> body = body("parallel-" + i);
            copies.add(() -> copy(sourceId, body).extract().asString());
        }

        List<String> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> result : pool.invokeAll(copies, 60, TimeUnit.SECONDS)) {
                responses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(responses).filteredOn(response -> response.contains("job_id")).hasSize(5);
        assertThat(responses).filteredOn(response -> response.contains("IMG.0149")).hasSize(attempts - 5);
        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(5));
    }

    private static RequestSpecification asSouth() {
        return Ims.as(Fixture.ALICE_SOUTH_TOKEN);
    }

    private static ValidatableResponse copy(String imageId, Map<String, Object> body) {
        return asAlice()
                .body(body)
                .post("/v1/cloudimages/{id}/cross_region_copy", imageId)
                .then();
    }

    private static String copyAndFollow(String imageId, Map<String, Object> body) {
        String jobId = copy(imageId, body).statusCode(200).extract().path("job_id");
        return asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");
    }

    /** Asserts that the target project has no image and the source project only the source image. */
    private void assertNothingCopied() {
        asSouth().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(0));
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(sourceId)));
    }

    private static void setQuota(String projectId, int limit) {
        given().contentType(ContentType.JSON)
                .body(Map.of("private_images", limit))
                .put("/sim/v1/quotas/{project}", projectId)
                .then().statusCode(200);
    }

    /** Builds a valid copy body to acme's cn-south-1 project through the agency with rights there, plus overrides. */
    private static Map<String, Object> body(String name, Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("region", TARGET_REGION);
        body.put("project_name", TARGET_REGION);
        body.put("agency_name", ADMIN_AGENCY);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }
}
