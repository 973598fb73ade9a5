package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class DataDiskImageCreationTest {
    private static final String JOB_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    private static final Map<String, Object> FIRST_DISK = Bodies.of("name", "logs", "volume_id",
            Fixture.READY_SERVER_DATA_DISK_1, "description", "log volume", "tags", List.of("team.web"));
    private static final Map<String, Object> SECOND_DISK = Bodies.of("name", "db", "volume_id",
            Fixture.READY_SERVER_DATA_DISK_2);

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void createFromTwoDataDisksSucceeds() {
        String jobId = createJob(dataImages(FIRST_DISK, SECOND_DISK));

        JsonPath job = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsVolumesToSysDataImagesJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_id", nullValue())
                .body("entities.sub_jobs_list", hasSize(2))
                .body("entities.sub_jobs_result", hasSize(2))
                .body("entities.sub_jobs_result.status", everyItem(equalTo("SUCCESS")))
                .body("entities.sub_jobs_result.job_type", everyItem(equalTo("imsCopyVolumeToImageJob")))
                .body("entities.sub_jobs_result.job_id", everyItem(matchesPattern("[0-9a-f]{32}")))
                .body("entities.sub_jobs_result.begin_time", everyItem(matchesPattern(JOB_TIME)))
                .body("entities.sub_jobs_result.end_time", everyItem(matchesPattern(JOB_TIME)))
                .body("entities.sub_jobs_result.error_code", everyItem(nullValue()))
                .body("entities.sub_jobs_result.fail_reason", everyItem(nullValue()))
                .body("entities.sub_jobs_result.entities.image_name", equalTo(List.of("logs", "db")))
                .extract().jsonPath();
        List<String> subJobIds = job.getList("entities.sub_jobs_list");
        List<String> resultIds = job.getList("entities.sub_jobs_result.job_id");
        String logsImage = job.getString("entities.sub_jobs_result[0].entities.image_id");
        String dbImage = job.getString("entities.sub_jobs_result[1].entities.image_id");

        assertThat(resultIds).isEqualTo(subJobIds);
        asAlice().get("/v2/images/{id}", logsImage)
                .then().statusCode(200)
                .body("name", equalTo("logs"))
                .body("status", equalTo("active"))
                .body("virtual_env_type", equalTo("DataImage"))
                .body("__data_origin", equalTo("volume," + Fixture.READY_SERVER_DATA_DISK_1))
                .body("__description", equalTo("log volume"))
                .body("__os_type", equalTo("Linux"))
                .body("__image_size", equalTo(Long.toString(100L * 1024 * 1024 * 1024)))
                .body("min_disk", equalTo(100))
                .body("tags", equalTo(List.of("team=web")));
        asAlice().get("/v2/images/{id}", dbImage)
                .then().statusCode(200)
                .body("name", equalTo("db"))
                .body("min_disk", equalTo(50))
                .body("__data_origin", equalTo("volume," + Fixture.READY_SERVER_DATA_DISK_2));
    }

    @Test
    void subJobIsQueryable() {
        String jobId = createJob(dataImages(FIRST_DISK));
        String subJobId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .extract().path("entities.sub_jobs_list[0]");

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, subJobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsCopyVolumeToImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("logs"))
                .body("entities.image_id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void serverIsBusyWhileDisksAreCopied() {
        Ims.holdJobs();
        String jobId = createJob(dataImages(FIRST_DISK));

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("RUNNING"))
                .body("entities.sub_jobs_list", hasSize(1));
        assertError(asAlice().body(dataImages(SECOND_DISK)).post("/v2/cloudimages/action").then(), 400,
                "IMG.0139", "Other disks on the VM are being used to created VMs.");
        asAlice().get("/v2/cloudimages?name=logs")
                .then().statusCode(200)
                .body("images[0].status", equalTo("saving"));

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("task_state", nullValue());
    }

    @Test
    void imageDeletedWhileCopiedFailsJob() {
        Ims.holdJobs();
        String jobId = createJob(dataImages(FIRST_DISK, SECOND_DISK));
        String dbImage = asAlice().get("/v2/cloudimages?name=db")
                .then().statusCode(200)
                .extract().path("images[0].id");
        given().contentType("application/json").body(Map.of("status", "active"))
                .patch("/sim/v1/images/{id}", dbImage)
                .then().statusCode(200);
        asAlice().delete("/v2/images/{id}", dbImage).then().statusCode(204);

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("FAIL"))
                .body("error_code", equalTo("IMG.0144"))
                .body("fail_reason", equalTo("The image does not exist."));
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("task_state", nullValue());
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("empty data_images", Bodies.of("data_images", List.of()),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("volume id missing", dataImages(Bodies.of("name", "x")),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("disk listed twice", dataImages(FIRST_DISK, Bodies.with(FIRST_DISK, "name", "other")),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("name missing", dataImages(Bodies.without(FIRST_DISK, "name")),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name invalid", dataImages(Bodies.with(FIRST_DISK, "name", "a/b")),
                        "IMG.0003", "The image name format is invalid."),
                Arguments.of("tag invalid", dataImages(Bodies.with(FIRST_DISK, "tags", List.of("a=b.c"))),
                        "IMG.0115", "The image tag is invalid."),
                Arguments.of("with instance id", Bodies.with(dataImages(FIRST_DISK), "instance_id",
                        Fixture.READY_SERVER),
                        "IMG.0021", "The resource type is unknown."),
                Arguments.of("unknown disk", dataImages(Bodies.with(FIRST_DISK, "volume_id",
                        "00000000-0000-0000-0000-000000000000")),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("system disk", dataImages(Bodies.with(FIRST_DISK, "volume_id",
                        Fixture.READY_SERVER_SYSTEM_DISK)),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("disk of another project", dataImages(Bodies.with(FIRST_DISK, "volume_id",
                        Fixture.DEV_SERVER_SYSTEM_DISK)),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("detached disk", dataImages(Bodies.with(FIRST_DISK, "volume_id",
                        Fixture.DETACHED_DATA_DISK)),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("disks of two servers", dataImages(FIRST_DISK, Bodies.with(SECOND_DISK, "volume_id",
                        Fixture.NO_SYSTEM_DISK_SERVER_DATA_DISK)),
                        "IMG.0140", "The disks in the request come from different ECSs."),
                Arguments.of("same name twice", dataImages(FIRST_DISK, Bodies.with(SECOND_DISK, "name", "logs")),
                        "IMG.0009", "The image name already exists."),
                Arguments.of("unknown enterprise project", Bodies.with(dataImages(FIRST_DISK),
                        "enterprise_project_id", "00000000-0000-0000-0000-000000000000"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void createRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v2/cloudimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void diskInErrorStateIsRejected() {
        SimControls.patch("/sim/v1/disks/" + Fixture.READY_SERVER_DATA_DISK_2, Bodies.of("status", "error"));

        assertError(asAlice().body(dataImages(FIRST_DISK, SECOND_DISK)).post("/v2/cloudimages/action").then(), 400,
                "IMG.0022", "The disk in the current state cannot be used to create images.");

        Ims.assertNothingCreated();
    }

    @Test
    void dessDataDiskIsRejected() {
        String dessDisk = SimControls.createDataDisk(Fixture.ACME_PROJECT, 20, "DESS");
        SimControls.patch("/sim/v1/servers/" + Fixture.READY_SERVER, Bodies.of("data_disk_ids",
                List.of(Fixture.READY_SERVER_DATA_DISK_1, Fixture.READY_SERVER_DATA_DISK_2, dessDisk)));

        assertError(asAlice().body(dataImages(Bodies.with(FIRST_DISK, "volume_id", dessDisk)))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0153", "DESS or DSS disks cannot be used to create images.");

        Ims.assertNothingCreated();
    }

    @Test
    void serverWithTaskIsRejected() {
        SimControls.patch("/sim/v1/servers/" + Fixture.READY_SERVER, Bodies.of("task_state", "resize_prep"));

        assertError(asAlice().body(dataImages(FIRST_DISK)).post("/v2/cloudimages/action").then(), 400,
                "IMG.0139", "Other disks on the VM are being used to created VMs.");

        Ims.assertNothingCreated();
    }

    @Test
    void partialQuotaCreatesNoImage() {
        SimControls.setQuota(Fixture.ACME_PROJECT, 1);

        assertError(asAlice().body(dataImages(FIRST_DISK, SECOND_DISK)).post("/v2/cloudimages/action").then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        Ims.assertNothingCreated();
    }

    @Test
    void flowControlLimitLeavesServerIdle() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(dataImages(FIRST_DISK)).post("/v2/cloudimages/action").then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("task_state", nullValue());
    }

    private static Map<String, Object> dataImages(Map<?, ?>... entries) {
        return Bodies.of("data_images", List.of(entries));
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
