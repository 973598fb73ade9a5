package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.imsservice.support.Ims.assertJobFailed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Injected failures of IMS's neighbours on the creation paths other than the ECS system-disk capture. */
@QuarkusTest
class CreationDependencyFaultTest {
    private static final Map<String, Object> IMPORT = Bodies.of("name", "faulty", "image_url", Fixture.CENTOS_QCOW2,
            "min_disk", 40, "data_images", List.of(Bodies.of("name", "faulty-data", "image_url", Fixture.LOGS_VHD,
                    "min_disk", 60)));
    private static final Map<String, Object> DATA_DISKS = Bodies.of("data_images", List.of(Bodies.of("name",
            "faulty", "volume_id", Fixture.READY_SERVER_DATA_DISK_1)));
    private static final String WHOLE_IMAGES = "/v1/cloudimages/wholeimages/action";
    private static final String SUBMISSION_FAILED = "An error occurred when the job was submitted.";

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "assume_token           | IMG.0036 | An error occurred when the value of asumeToken was obtained.",
        "aksk_retrieval         | IMG.0037 | An error occurred in the AK/SK was obtained.",
        "object_storage_address | IMG.0040 | An error occurred in the object storage address was obtained.",
        "iam_tenant_lookup      | IMG.0064 | Failed to obtain tenant information from IAM.",
        "iam_domain_lookup      | IMG.0065 | Failed to obtain the tenant domain from IAM.",
        "eps_communication      | IMG.0154 | Failed to communicate with Enterprise Project Management Service (EPS).",
        "eps_check              | IMG.0155 | Failed to check the enterprise project ID validity.",
        "eps_binding            | IMG.0156 | Failed to associate the image with the enterprise project ID.",
        "job_submission         | IMG.0018 | An error occurred when the job was submitted.",
    })
    void importFailsOnRequestWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        assertError(asAlice().body(IMPORT).post("/v2/cloudimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "openstack_task | IMG.0014 | An exception occurred when IaaS OpenStack was executing the task.",
        "job_execution  | IMG.0061 | Unknown system error.",
    })
    void importJobFailsWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        String jobId = asAlice().body(IMPORT).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");

        assertJobFailed(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId).then(),
                code, message);
        String subJobId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("entities.image_id", nullValue())
                .extract().path("entities.sub_jobs_list[0]");
        assertJobFailed(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, subJobId).then(),
                code, message);
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(2))
                .body("images.status", everyItem(equalTo("killed")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vm_lookup      | IMG.0137 | Failed to obtain the VM information.",
        "os_type_lookup | IMG.0138 | Failed to obtain the OS type information.",
        "job_submission | IMG.0018 | An error occurred when the job was submitted.",
    })
    void dataDiskImagesFailWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        assertError(asAlice().body(DATA_DISKS).post("/v2/cloudimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("task_state", nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vm_lookup      | IMG.0137 | Failed to obtain the VM information.",
        "os_type_lookup | IMG.0138 | Failed to obtain the OS type information.",
        "job_submission | IMG.0018 | An error occurred when the job was submitted.",
    })
    void wholeImageOfServerFailsWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        assertError(asAlice().body(Bodies.of("name", "faulty", "instance_id", Fixture.READY_SERVER))
                .post(WHOLE_IMAGES).then(), 400, code, message);

        Ims.assertNothingCreated();
        given().get("/sim/v1/servers/{id}", Fixture.READY_SERVER)
                .then().statusCode(200)
                .body("backup_in_progress", equalTo(false));
        given().get("/sim/v1/backups?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("backups", hasSize(8));
    }

    @Test
    void refusedSubmissionReleasesBackup() {
        SimControls.injectFault("job_submission");

        assertError(asAlice().body(Bodies.of("name", "faulty", "backup_id", Fixture.CSBS_BACKUP))
                .post(WHOLE_IMAGES).then(), 400, "IMG.0018", SUBMISSION_FAILED);

        Ims.assertNothingCreated();
        given().get("/sim/v1/backups/{id}", Fixture.CSBS_BACKUP)
                .then().statusCode(200)
                .body("image_id", nullValue());
    }

    @Test
    void volumeImageLeavesNothingWhenSubmissionFails() {
        SimControls.injectFault("job_submission");

        assertError(asAlice().body(Bodies.of("name", "faulty", "volume_id", Fixture.DETACHED_DATA_DISK,
                "os_version", "CentOS 7.9 64bit")).post("/v2/cloudimages/action").then(), 400,
                "IMG.0018", SUBMISSION_FAILED);

        Ims.assertNothingCreated();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "object_storage_address | IMG.0040 | An error occurred in the object storage address was obtained.",
        "job_submission         | IMG.0018 | An error occurred when the job was submitted.",
    })
    void uploadKeepsImageQueuedOnDependencyFailure(String operation, String code, String message) {
        String imageId = asAlice().body(Bodies.of("name", "faulty")).post("/v2/images")
                .then().statusCode(201)
                .extract().path("id");
        SimControls.injectFault(operation);

        assertError(asAlice().body(Map.of("image_url", Fixture.CENTOS_QCOW2))
                .put("/v1/cloudimages/{id}/upload", imageId).then(), 400, code, message);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("queued"))
                .body("__data_origin", nullValue());
    }
}
