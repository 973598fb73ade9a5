package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ServerImageCreationTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void createFromStoppedServerSucceeds() {
        String jobId = asAlice()
                .body(Map.of("name", "web-base", "instance_id", Fixture.READY_SERVER, "description", "nightly"))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("job_id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("job_id");

        String imageId = asAlice()
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_id", equalTo(jobId))
                .body("job_type", equalTo("imsCreateImageByInstance"))
                .body("status", equalTo("SUCCESS"))
                .body("error_code", equalTo(null))
                .body("fail_reason", equalTo(null))
                .body("begin_time", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
                .body("end_time", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
                .body("entities.image_name", equalTo("web-base"))
                .body("entities.process_percent", equalTo(100.0f))
                .extract().path("entities.image_id");

        asAlice().get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].name", equalTo("web-base"))
                .body("images[0].status", equalTo("active"))
                .body("images[0].visibility", equalTo("private"))
                .body("images[0].protected", equalTo(false))
                .body("images[0].owner", equalTo(Fixture.ACME_PROJECT))
                .body("images[0].min_disk", equalTo(40))
                .body("images[0].disk_format", equalTo("zvhd2"))
                .body("images[0].virtual_env_type", equalTo("FusionCompute"))
                .body("images[0].__imagetype", equalTo("private"))
                .body("images[0].__data_origin", equalTo("instance," + Fixture.READY_SERVER))
                .body("images[0].__os_version", equalTo("CentOS 7.6 64bit"))
                .body("images[0].__platform", equalTo("CentOS"))
                .body("images[0].__os_type", equalTo("Linux"))
                .body("images[0].__os_bit", equalTo("64"))
                .body("images[0].__description", equalTo("nightly"))
                .body("images[0].__image_size", equalTo(Long.toString(40L * 1024 * 1024 * 1024)))
                .body("images[0].__support_kvm", equalTo("true"))
                .body("images[0].__whole_image", equalTo(false))
                .body("images[0].__system_support_market", equalTo(false))
                .body("images[0].active_at", notNullValue());
    }

    @Test
    void createFromArmServerUsesUefi() {
        String jobId = asAlice()
                .body(Map.of("name", "arm-base", "instance_id", Fixture.ARM_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String imageId = asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("hw_firmware_type", equalTo("uefi"))
                .body("__support_arm", equalTo("true"))
                .body("__support_amd", equalTo("false"));
    }

    @Test
    void createWithImageTagsStoresThem() {
        String imageId = createAndFollow(Map.of("name", "tagged", "instance_id", Fixture.READY_SERVER,
                "image_tags", List.of(Map.of("key", "team", "value", "web"), Map.of("key", "tier", "value", ""))));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web", "tier")));
    }

    @Test
    void createWithLegacyTagsStoresThem() {
        String imageId = createAndFollow(Map.of("name", "legacy-tagged", "instance_id", Fixture.READY_SERVER,
                "tags", List.of("team.web", "stage.prod")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web", "stage=prod")));
    }

    @Test
    void createOnV21PathBehavesAlike() {
        asAlice()
                .body(Map.of("name", "v21", "instance_id", Fixture.READY_SERVER))
                .post("/v2.1/cloudimages/action")
                .then().statusCode(200)
                .body("job_id", matchesPattern("[0-9a-f]{32}"));
    }

    static Stream<Arguments> rejectedBodies() {
        String longName = "n".repeat(129);
        return Stream.of(
                Arguments.of("name missing", body("instance_id", Fixture.READY_SERVER),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name empty", body("name", "", "instance_id", Fixture.READY_SERVER),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name too long", body("name", longName, "instance_id", Fixture.READY_SERVER),
                        "IMG.0002", "The image name contains more than 128 characters."),
                Arguments.of("name bad character", body("name", "web/base", "instance_id", Fixture.READY_SERVER),
                        "IMG.0003", "The image name format is invalid."),
                Arguments.of("name leading space", body("name", " web", "instance_id", Fixture.READY_SERVER),
                        "IMG.0003", "The image name format is invalid."),
                Arguments.of("description too long", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "description", "d".repeat(1025)),
                        "IMG.0004", "The image name contains more than 1024 characters."),
                Arguments.of("description with newline", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "description", "line\nbreak"),
                        "IMG.0054", "The image description format is invalid."),
                Arguments.of("negative min_ram", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "min_ram", -1),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("instance id missing", body("name", "a"),
                        "IMG.0012", "The ECS ID is not specified."),
                Arguments.of("instance id blank", body("name", "a", "instance_id", " "),
                        "IMG.0012", "The ECS ID is not specified."),
                Arguments.of("two sources", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "volume_id", Fixture.READY_SERVER_SYSTEM_DISK),
                        "IMG.0021", "The resource type is unknown."),
                Arguments.of("unknown server", body("name", "a", "instance_id", "00000000-0000-0000-0000-000000000000"),
                        "IMG.0005", "The ECS does not exist."),
                Arguments.of("server of another project", body("name", "a", "instance_id", Fixture.DEV_SERVER),
                        "IMG.0005", "The ECS does not exist."),
                Arguments.of("running server", body("name", "a", "instance_id", Fixture.RUNNING_SERVER),
                        "IMG.0008", "The ECS can be used to create images because it is not in stopped state."),
                Arguments.of("server with task", body("name", "a", "instance_id", Fixture.BUSY_SERVER),
                        "IMG.0010",
                        "The ECS cannot be used to create an image because it has in-progress tasks."),
                Arguments.of("container server", body("name", "a", "instance_id", Fixture.CONTAINER_SERVER),
                        "IMG.0063", "The VM type does not support image creation."),
                Arguments.of("server without system disk",
                        body("name", "a", "instance_id", Fixture.NO_SYSTEM_DISK_SERVER),
                        "IMG.0119", "The VM does not have a system disk."),
                Arguments.of("DESS system disk", body("name", "a", "instance_id", Fixture.DESS_SERVER),
                        "IMG.0153", "DESS or DSS disks cannot be used to create images."),
                Arguments.of("system disk in error", body("name", "a", "instance_id", Fixture.DISK_ERROR_SERVER),
                        "IMG.0110", "The system disk is unavailable and cannot be used to create images."),
                Arguments.of("system disk too large", body("name", "a", "instance_id", Fixture.HUGE_DISK_SERVER),
                        "IMG.0111", "The size of the system disk exceeds the maximum allowed."),
                Arguments.of("tags and image_tags", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "tags", List.of("a.b"), "image_tags", List.of(Map.of("key", "k", "value", "v"))),
                        "IMG.0115", "The image tag is invalid."),
                Arguments.of("tag key too long", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "image_tags", List.of(Map.of("key", "k".repeat(37), "value", "v"))),
                        "IMG.0115", "The image tag is invalid."),
                Arguments.of("legacy tag bad character", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "tags", List.of("a=b.c")),
                        "IMG.0115", "The image tag is invalid."),
                Arguments.of("eleven tags", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "image_tags", IntStream.range(0, 11)
                                .mapToObj(i -> Map.of("key", "k" + i, "value", "v"))
                                .toList()),
                        "IMG.0116", "The number of image tags exceeds the quota."),
                Arguments.of("enterprise project not a UUID", body("name", "a", "instance_id", Fixture.READY_SERVER,
                        "enterprise_project_id", "default"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void createRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v2/cloudimages/action").then(), 400, code, message);

        assertNoPrivateImages();
    }

    @Test
    void createRejectsEmptyBody() {
        assertError(asAlice().post("/v2/cloudimages/action").then(), 400,
                "IMG.0007", "The request body is empty.");
    }

    @Test
    void createRejectsMalformedJson() {
        assertError(asAlice().body("{\"name\": ").post("/v2/cloudimages/action").then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }

    @Test
    void createRejectsWrongJsonType() {
        assertError(asAlice().body("{\"name\":\"a\",\"instance_id\":\"x\",\"min_ram\":\"lots\"}")
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"name\":123,\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\"}",
        "{\"name\":true,\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\"}",
        "{\"name\":\"a\",\"instance_id\":12345}",
        "{\"name\":\"a\",\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\",\"min_ram\":1.5}",
        "{\"name\":\"a\",\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\",\"min_ram\":\"1024\"}",
        "{\"name\":\"a\",\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\"} trailing",
        "{\"name\":\"a\",\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\"}{\"x\":1}",
        "{\"name\":\"a\",\"name\":\"b\",\"instance_id\":\"769a3921-26ba-537d-b2f0-908f1ce86fdf\"}"
    })
    void createRejectsLooselyTypedJson(String body) {
        assertError(asAlice().body(body).post("/v2/cloudimages/action").then(), 400,
                "IMG.0001", "The request message format is invalid.");

        assertNoPrivateImages();
    }

    @Test
    void createRejectsUnparsableContentType() {
        assertError(given().header("X-Auth-Token", Fixture.ALICE_TOKEN)
                .contentType("garbage")
                .body("{}".getBytes(StandardCharsets.UTF_8))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }

    @Test
    void concurrentCapturesOfOneServerHaveOneWinner() throws Exception {
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = "same-server-" + i;
            creates.add(() -> asAlice()
                    .body(Map.of("name", name, "instance_id", Fixture.READY_SERVER))
                    .post("/v2/cloudimages/action")
                    .statusCode());
        }
        Ims.holdJobs();

        List<Integer> statuses = runAll(creates);

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(1));
        Ims.releaseJobs();
    }

    @Test
    void createRejectsNonBootableSystemDisk() {
        given().contentType(ContentType.JSON)
                .body(Map.of("bootable", false))
                .patch("/sim/v1/disks/{id}", Fixture.READY_SERVER_SYSTEM_DISK)
                .then().statusCode(200);

        assertError(asAlice().body(Map.of("name", "a", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0006", "The ECS system disk cannot be used to create an image.");
    }

    @Test
    void createRejectsDuplicateName() {
        Ims.createActiveServerImage("twin");

        assertError(asAlice().body(Map.of("name", "twin", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void sameNameInAnotherProjectIsAllowed() {
        Ims.createActiveServerImage("shared-name");

        Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "shared-name", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);
    }

    @Test
    void createRejectsWhenQuotaIsUsed() {
        setQuota(1);
        Ims.createActiveServerImage("first");

        assertError(asAlice().body(Map.of("name", "second", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");
        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].used", equalTo(1))
                .body("quotas.resources[0].quota", equalTo(1));
    }

    @Test
    void concurrentCreatesNeverExceedQuota() throws Exception {
        setQuota(3);
        int attempts = 12;
        List<Callable<Integer>> creates = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String name = "parallel-" + i;
            creates.add(() -> asAlice()
                    .body(Map.of("name", name, "instance_id", Fixture.READY_SERVER))
                    .post("/v2/cloudimages/action")
                    .statusCode());
        }

        List<Integer> statuses = runAll(creates);

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 400).hasSize(attempts - 3);
        asAlice().get("/v2/cloudimages?owner=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("images", hasSize(3));
    }

    @Test
    void readOnlyCallerCannotCreate() {
        assertError(Ims.as(Fixture.READER_TOKEN)
                .body(Map.of("name", "a", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0026", "The operator does not have the rights to perform the operation.");

        assertNoPrivateImages();
    }

    @Test
    void capturedServerIsBusyUntilJobEnds() {
        Ims.holdJobs();
        String jobId = Ims.createServerImage("held");

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("RUNNING"))
                .body("end_time", equalTo(null));
        asAlice().get("/v2/cloudimages?name=held")
                .then().statusCode(200)
                .body("images[0].status", equalTo("saving"));
        assertError(asAlice().body(Map.of("name", "again", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400, "IMG.0010",
                "The ECS cannot be used to create an image because it has in-progress tasks.");

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
        asAlice().body(Map.of("name", "again", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);
    }

    private static List<Integer> runAll(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }

    private static void setQuota(int limit) {
        given().contentType(ContentType.JSON)
                .body(Map.of("private_images", limit))
                .put("/sim/v1/quotas/{project}", Fixture.ACME_PROJECT)
                .then().statusCode(200);
    }

    private static String createAndFollow(Map<String, Object> body) {
        String jobId = asAlice().body(body).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        return asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");
    }

    private static void assertNoPrivateImages() {
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
