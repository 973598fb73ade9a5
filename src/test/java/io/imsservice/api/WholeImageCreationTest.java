package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
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

@QuarkusTest
class WholeImageCreationTest {
    private static final String PATH = "/v1/cloudimages/wholeimages/action";
    private static final long GIB = 1024L * 1024 * 1024;
    private static final Map<String, Object> FROM_SERVER = Bodies.of("name", "whole-server",
            "instance_id", Fixture.READY_SERVER);
    private static final Map<String, Object> FROM_CSBS = Bodies.of("name", "whole-csbs",
            "backup_id", Fixture.CSBS_BACKUP);
    private static final Map<String, Object> FROM_CBR = Bodies.of("name", "whole-cbr",
            "backup_id", Fixture.CBR_BACKUP, "whole_image_type", "CBR");

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void wholeImageOfServerSucceeds() {
        String jobId = createJob(Bodies.with(FROM_SERVER, "description", "all disks"));

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsCreateWholeImageByInstanceJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("whole-server"))
                .extract().path("entities.image_id");
        String backupId = asAlice().get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("active"))
                .body("images[0].__whole_image", equalTo(true))
                .body("images[0].__backup_id", matchesPattern("[0-9a-f-]{36}"))
                .body("images[0].__data_origin", equalTo("instance," + Fixture.READY_SERVER))
                .body("images[0].virtual_env_type", equalTo("FusionCompute"))
                .body("images[0].min_disk", equalTo(40))
                .body("images[0].__image_size", equalTo(Long.toString(190 * GIB)))
                .body("images[0].__os_version", equalTo("CentOS 7.6 64bit"))
                .body("images[0].__description", equalTo("all disks"))
                .extract().path("images[0].__backup_id");
        given().get("/sim/v1/backups/{id}", backupId)
                .then().statusCode(200)
                .body("provider", equalTo("CSBS"))
                .body("status", equalTo("available"))
                .body("image_id", equalTo(imageId))
                .body("server_id", equalTo(Fixture.READY_SERVER))
                .body("disks", hasSize(3));
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("backup_in_progress", equalTo(false));
    }

    @Test
    void runningServerCanBeImaged() {
        Ims.followJob(createJob(Bodies.with(FROM_SERVER, "instance_id", Fixture.RUNNING_SERVER)));
    }

    @Test
    void vaultMakesCbrBackup() {
        String imageId = Ims.followJob(createJob(Bodies.with(FROM_SERVER, "vault_id", Fixture.CBR_VAULT)));
        String backupId = asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .extract().path("__backup_id");

        given().get("/sim/v1/backups/{id}", backupId)
                .then().statusCode(200)
                .body("provider", equalTo("CBR"))
                .body("vault_id", equalTo(Fixture.CBR_VAULT));
    }

    @Test
    void armServerImageUsesUefi() {
        String imageId = Ims.followJob(createJob(Bodies.with(FROM_SERVER, "instance_id", Fixture.ARM_SERVER)));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("hw_firmware_type", equalTo("uefi"))
                .body("__support_arm", equalTo("true"));
    }

    @Test
    void serverIsBackedUpUntilJobEnds() {
        Ims.holdJobs();
        String jobId = createJob(FROM_SERVER);
        String backupId = asAlice().get("/v2/cloudimages?name=whole-server")
                .then().statusCode(200)
                .body("images[0].status", equalTo("saving"))
                .extract().path("images[0].__backup_id");

        given().get("/sim/v1/backups/{id}", backupId)
                .then().statusCode(200)
                .body("status", equalTo("creating"));
        assertError(asAlice().body(Bodies.with(FROM_SERVER, "name", "again")).post(PATH).then(), 400,
                "IMG.0136", "Failed to create a full-ECS image because the ECS is being backed up.");

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
        given().get("/sim/v1/backups/{id}", backupId)
                .then().statusCode(200)
                .body("status", equalTo("available"));
    }

    @Test
    void failedServerJobDropsBackup() {
        Ims.holdJobs();
        String jobId = createJob(FROM_SERVER);
        Map<String, Object> image = asAlice().get("/v2/cloudimages?name=whole-server")
                .then().statusCode(200)
                .extract().path("images[0]");
        deleteWhileSaving((String) image.get("id"));

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("FAIL"))
                .body("error_code", equalTo("IMG.0144"));
        given().get("/sim/v1/backups/{id}", image.get("__backup_id")).then().statusCode(404);
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("backup_in_progress", equalTo(false));
    }

    @Test
    void wholeImageOfCsbsBackupSucceeds() {
        String jobId = createJob(FROM_CSBS);

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsCreateWholeImageByBackupJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("whole-csbs"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("__whole_image", equalTo(true))
                .body("__backup_id", equalTo(Fixture.CSBS_BACKUP))
                .body("__data_origin", equalTo("backup," + Fixture.CSBS_BACKUP))
                .body("virtual_env_type", equalTo("FusionCompute"))
                .body("min_disk", equalTo(40))
                .body("__image_size", equalTo(Long.toString(190 * GIB)))
                .body("__os_version", equalTo("CentOS 7.6 64bit"))
                .body("hw_firmware_type", equalTo("bios"));
        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", equalTo(imageId));
    }

    @Test
    void deletingBackupImageFreesBackup() {
        String jobId = createJob(FROM_CSBS);
        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .extract().path("entities.image_id");

        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);

        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", nullValue());
        asAlice().body(FROM_CSBS).post(PATH).then().statusCode(200);
    }

    @Test
    void wholeImageOfCbrBackupSucceeds() {
        String imageId = Ims.followJob(createJob(FROM_CBR));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__backup_id", equalTo(Fixture.CBR_BACKUP))
                .body("__os_version", equalTo("Huawei Cloud EulerOS 2.0 64bit with ARM"))
                .body("__support_arm", equalTo("true"))
                .body("hw_firmware_type", equalTo("uefi"));
    }

    @Test
    void backupServesOneImageOnly() {
        Ims.followJob(createJob(FROM_CSBS));

        assertError(asAlice().body(Bodies.with(FROM_CSBS, "name", "again")).post(PATH).then(), 400,
                "IMG.0134", "The CSBS backup has been registered as an image.");
    }

    @Test
    void concurrentCreatesFromOneBackupHaveOneWinner() throws Exception {
        int attempts = 8;
        List<Callable<Map<String, Object>>> creates = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String name = "race-" + i;
            creates.add(() -> {
                var response = asAlice().body(Bodies.with(FROM_CSBS, "name", name)).post(PATH);
                return Bodies.of("status", response.statusCode(), "code", response.path("error.code"));
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            for (Future<Map<String, Object>> result : pool.invokeAll(creates, 60, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(result -> result.get("status").equals(200)).hasSize(1);
        assertThat(results).filteredOn(result -> "IMG.0134".equals(result.get("code"))).hasSize(attempts - 1);
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].__backup_id", equalTo(Fixture.CSBS_BACKUP));
    }

    @Test
    void failedBackupJobReleasesBackup() {
        Ims.holdJobs();
        String jobId = createJob(FROM_CSBS);
        String imageId = asAlice().get("/v2/cloudimages?name=whole-csbs")
                .then().statusCode(200)
                .extract().path("images[0].id");
        deleteWhileSaving(imageId);

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("FAIL"));
        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", nullValue());
    }

    @Test
    void usedQuotaLeavesBackupUnregistered() {
        SimControls.setQuota(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(FROM_CSBS).post(PATH).then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        Ims.assertNothingCreated();
        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", nullValue());
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("no source", Bodies.of("name", "x"),
                        "IMG.0012", "The ECS ID is not specified."),
                Arguments.of("instance id empty", Bodies.with(FROM_SERVER, "instance_id", ""),
                        "IMG.0012", "The ECS ID is not specified."),
                Arguments.of("server and backup", Bodies.with(FROM_SERVER, "backup_id", Fixture.CSBS_BACKUP),
                        "IMG.0021", "The resource type is unknown."),
                Arguments.of("name missing", Bodies.without(FROM_SERVER, "name"),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("unknown server", Bodies.with(FROM_SERVER, "instance_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0005", "The ECS does not exist."),
                Arguments.of("server of another project", Bodies.with(FROM_SERVER, "instance_id",
                        Fixture.DEV_SERVER),
                        "IMG.0005", "The ECS does not exist."),
                Arguments.of("container server", Bodies.with(FROM_SERVER, "instance_id", Fixture.CONTAINER_SERVER),
                        "IMG.0063", "The VM type does not support image creation."),
                Arguments.of("server being backed up", Bodies.with(FROM_SERVER, "instance_id",
                        Fixture.BACKUP_RUNNING_SERVER),
                        "IMG.0136", "Failed to create a full-ECS image because the ECS is being backed up."),
                Arguments.of("server with task", Bodies.with(FROM_SERVER, "instance_id", Fixture.BUSY_SERVER),
                        "IMG.0010", "The ECS cannot be used to create an image because it has in-progress tasks."),
                Arguments.of("server without system disk", Bodies.with(FROM_SERVER, "instance_id",
                        Fixture.NO_SYSTEM_DISK_SERVER),
                        "IMG.0119", "The VM does not have a system disk."),
                Arguments.of("DESS system disk", Bodies.with(FROM_SERVER, "instance_id", Fixture.DESS_SERVER),
                        "IMG.0153", "DESS or DSS disks cannot be used to create images."),
                Arguments.of("system disk in error", Bodies.with(FROM_SERVER, "instance_id",
                        Fixture.DISK_ERROR_SERVER),
                        "IMG.0022", "The disk in the current state cannot be used to create images."),
                Arguments.of("unknown enterprise project", Bodies.with(FROM_SERVER, "enterprise_project_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("whole_image_type unknown", Bodies.with(FROM_CSBS, "whole_image_type", "VBS"),
                        "IMG.0157", "Incorrect image type."),
                Arguments.of("whole_image_type without backup", Bodies.of("name", "x", "whole_image_type", "CBR"),
                        "IMG.0019", "The backup ID is not specified."),
                Arguments.of("backup id empty", Bodies.with(FROM_CSBS, "backup_id", ""),
                        "IMG.0019", "The backup ID is not specified."),
                Arguments.of("unknown CSBS backup", Bodies.with(FROM_CSBS, "backup_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0127", "The CSBS backup does not exist."),
                Arguments.of("CBR backup as CSBS", Bodies.with(FROM_CSBS, "backup_id", Fixture.CBR_BACKUP),
                        "IMG.0127", "The CSBS backup does not exist."),
                Arguments.of("CSBS backup of another project", Bodies.with(FROM_CSBS, "backup_id",
                        Fixture.CSBS_BACKUP_OF_DEV),
                        "IMG.0133", "You are not allowed to access the CSBS backup."),
                Arguments.of("CSBS backup being created", Bodies.with(FROM_CSBS, "backup_id",
                        Fixture.CSBS_BACKUP_CREATING),
                        "IMG.0132", "The CSBS backup in the current state cannot be used to create a full-ECS "
                                + "image."),
                Arguments.of("CSBS backup registered", Bodies.with(FROM_CSBS, "backup_id",
                        Fixture.CSBS_BACKUP_REGISTERED),
                        "IMG.0134", "The CSBS backup has been registered as an image."),
                Arguments.of("CSBS backup of data disks", Bodies.with(FROM_CSBS, "backup_id",
                        Fixture.CSBS_BACKUP_DATA_ONLY),
                        "IMG.0033", "The backup is not a system disk backup."),
                Arguments.of("unknown CBR backup", Bodies.with(FROM_CBR, "backup_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0020", "The backup does not exist."),
                Arguments.of("CSBS backup as CBR", Bodies.with(FROM_CBR, "backup_id", Fixture.CSBS_BACKUP),
                        "IMG.0020", "The backup does not exist."),
                Arguments.of("failed CBR backup", Bodies.with(FROM_CBR, "backup_id", Fixture.CBR_BACKUP_FAILED),
                        "IMG.0032", "The backup is unavailable."),
                Arguments.of("CBR backup registered", Bodies.with(FROM_CBR, "backup_id",
                        Fixture.CBR_BACKUP_REGISTERED),
                        "IMG.0029", "The backup in the request has already been used to create an image."),
                Arguments.of("CBR backup of a data disk", Bodies.with(FROM_CBR, "backup_id",
                        Fixture.CBR_BACKUP_DATA_ONLY),
                        "IMG.0033", "The backup is not a system disk backup."),
                Arguments.of("disabled enterprise project", Bodies.with(FROM_CSBS, "enterprise_project_id",
                        Fixture.RETIRED_ENTERPRISE_PROJECT),
                        "IMG.0156", "Failed to associate the image with the enterprise project ID."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void createRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post(PATH).then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void serverInBuildStateIsRejected() {
        SimControls.patch("/sim/v1/servers/" + Fixture.READY_SERVER, Bodies.of("status", "BUILD"));

        assertError(asAlice().body(FROM_SERVER).post(PATH).then(), 400,
                "IMG.0126", "The VM in the current stage cannot be used to create a full-ECS image.");

        Ims.assertNothingCreated();
    }

    @Test
    void cbrBackupOfAnotherProjectIsNotFound() {
        SimControls.patch("/sim/v1/backups/" + Fixture.CBR_BACKUP, Bodies.of("status", "available"));
        String otherBackup = SimControls.create("/sim/v1/backups", Bodies.of("project_id", Fixture.ACME_DEV_PROJECT,
                "provider", "CBR", "vault_id", Fixture.CBR_VAULT,
                "disks", List.of(Bodies.of("size_gb", 40, "bootable", true))));

        assertError(asAlice().body(Bodies.with(FROM_CBR, "backup_id", otherBackup)).post(PATH).then(), 400,
                "IMG.0020", "The backup does not exist.");

        Ims.assertNothingCreated();
    }

    @Test
    void emptyBodyIsRejected() {
        assertError(asAlice().post(PATH).then(), 400, "IMG.0007", "The request body is empty.");
    }

    @Test
    void flowControlLimitLeavesServerUnclaimed() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(FROM_SERVER).post(PATH).then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("backup_in_progress", equalTo(false));
        given().get("/sim/v1/backups?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("backups", hasSize(8));
    }

    @Test
    void flowControlLimitLeavesBackupUnregistered() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(FROM_CSBS).post(PATH).then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", nullValue());
    }

    @Test
    void concurrentCreatesFromOneServerHaveOneWinner() throws Exception {
        Ims.holdJobs();
        int attempts = 6;
        List<Callable<Map<String, Object>>> creates = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String name = "server-race-" + i;
            creates.add(() -> {
                var response = asAlice().body(Bodies.with(FROM_SERVER, "name", name)).post(PATH);
                return Bodies.of("status", response.statusCode(), "code", response.path("error.code"));
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Map<String, Object>> results = new ArrayList<>();
        try {
            for (Future<Map<String, Object>> result : pool.invokeAll(creates, 60, TimeUnit.SECONDS)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).filteredOn(result -> result.get("status").equals(200)).hasSize(1);
        assertThat(results).filteredOn(result -> "IMG.0136".equals(result.get("code"))).hasSize(attempts - 1);
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(1));
        Ims.releaseJobs();
    }

    private static void deleteWhileSaving(String imageId) {
        given().contentType(ContentType.JSON).body(Map.of("status", "active"))
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200);
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post(PATH)
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
