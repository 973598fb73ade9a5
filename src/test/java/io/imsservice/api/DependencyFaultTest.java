package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.imsservice.support.Ims.assertJobFailed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Injected dependency failures surface on IMS requests and jobs with their catalog codes. */
@QuarkusTest
class DependencyFaultTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vm_lookup          | IMG.0137 | Failed to obtain the VM information.",
        "os_type_lookup     | IMG.0138 | Failed to obtain the OS type information.",
        "iam_tenant_lookup  | IMG.0064 | Failed to obtain tenant information from IAM.",
        "iam_domain_lookup  | IMG.0065 | Failed to obtain the tenant domain from IAM.",
        "eps_communication  | IMG.0154 | Failed to communicate with Enterprise Project Management Service (EPS).",
        "eps_check          | IMG.0155 | Failed to check the enterprise project ID validity.",
        "eps_binding        | IMG.0156 | Failed to associate the image with the enterprise project ID.",
        "job_submission     | IMG.0018 | An error occurred when the job was submitted.",
    })
    void createFailsOnRequestWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        assertError(asAlice().body(Map.of("name", "faulty", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400, code, message);

        asAlice().get("/v2/cloudimages?name=faulty")
                .then().statusCode(200)
                .body("images", hasSize(0));
        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].used", equalTo(0));
        assertThat(SimControls.serverTaskState(Fixture.READY_SERVER)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "openstack_task         | IMG.0014 | An exception occurred when IaaS OpenStack was executing the task.",
        "job_execution          | IMG.0061 | Unknown system error.",
        "assume_token           | IMG.0036 | An error occurred when the value of asumeToken was obtained.",
        "aksk_retrieval         | IMG.0037 | An error occurred in the AK/SK was obtained.",
        "object_storage_address | IMG.0040 | An error occurred in the object storage address was obtained.",
    })
    void captureJobFailsWithDependencyCode(String operation, String code, String message) {
        SimControls.injectFault(operation);

        String jobId = Ims.createServerImage("faulty");

        assertJobFailed(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId).then(),
                code, message);
        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("end_time", notNullValue())
                .body("entities.image_id", nullValue());
        asAlice().get("/v2/cloudimages?name=faulty")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("killed"));
        assertThat(SimControls.serverTaskState(Fixture.READY_SERVER)).isNull();
    }

    @Test
    void heldJobFailsOnArmedFault() {
        Ims.holdJobs();
        String jobId = Ims.createServerImage("held");
        SimControls.injectFault("openstack_task");

        Ims.releaseJobs();

        assertJobFailed(asAlice().get("/v1/cloudimages/job/{job}", jobId).then(),
                "IMG.0014", "An exception occurred when IaaS OpenStack was executing the task.");
    }

    @Test
    void jobQueryFailsOnBothPaths() {
        String jobId = Ims.createServerImage("queried");
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "job_query", "times", 2))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        assertError(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId).then(), 400,
                "IMG.0023", "An exception occurred during task query.");
        assertError(asAlice().get("/v1/cloudimages/job/{job}", jobId).then(), 400,
                "IMG.0023", "An exception occurred during task query.");
        asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
    }

    @Test
    void failedCopyJobsReleaseTheirCopySlots() {
        String sourceId = Ims.createActiveServerImage("copy-source");
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "openstack_task", "until_cleared", true))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        for (int i = 0; i < 6; i++) {
            String jobId = crossRegionCopy(sourceId, "copy-" + i)
                    .statusCode(200)
                    .extract().path("job_id");
            assertJobFailed(asAlice().get("/v1/cloudimages/job/{job}", jobId).then(),
                    "IMG.0014", "An exception occurred when IaaS OpenStack was executing the task.");
        }
        given().delete("/sim/v1/faults").then().statusCode(204);

        crossRegionCopy(sourceId, "copy-after-faults").statusCode(200);
    }

    @Test
    void rejectedCopySubmissionLeavesNoImage() {
        String sourceId = Ims.createActiveServerImage("copy-source");
        SimControls.injectFault("job_submission");

        assertError(crossRegionCopy(sourceId, "copy"), 400,
                "IMG.0018", "An error occurred when the job was submitted.");

        Ims.as(Fixture.ALICE_SOUTH_TOKEN).get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void faultOfOtherProjectDoesNotFire() {
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "job_submission", "project_id", Fixture.GLOBEX_PROJECT))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        Ims.createActiveServerImage("unaffected");

        given().get("/sim/v1/faults")
                .then().statusCode(200)
                .body("faults", hasSize(1));
    }

    @Test
    void faultForProjectFiresForIt() {
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "job_submission", "project_id", Fixture.ACME_PROJECT))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        assertError(asAlice().body(Map.of("name", "a", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0018", "An error occurred when the job was submitted.");
    }

    @Test
    void faultUntilClearedKeepsFailing() {
        String faultId = given().contentType(ContentType.JSON)
                .body(Map.of("operation", "vm_lookup", "until_cleared", true))
                .post("/sim/v1/faults")
                .then().statusCode(201)
                .extract().path("id");

        for (int attempt = 0; attempt < 3; attempt++) {
            assertError(asAlice().body(Map.of("name", "a", "instance_id", Fixture.READY_SERVER))
                    .post("/v2/cloudimages/action").then(), 400,
                    "IMG.0137", "Failed to obtain the VM information.");
        }
        given().delete("/sim/v1/faults/{id}", faultId).then().statusCode(204);

        Ims.createActiveServerImage("after-clear");
    }

    @Test
    void faultOnceFailsOnlyNextCall() {
        SimControls.injectFault("vm_lookup");

        asAlice().body(Map.of("name", "a", "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(400);

        Ims.createActiveServerImage("second-try");
        given().get("/sim/v1/faults")
                .then().statusCode(200)
                .body("faults", hasSize(0));
    }

    private static ValidatableResponse crossRegionCopy(String imageId, String name) {
        return asAlice()
                .body(Map.of("name", name, "region", "cn-south-1", "project_name", "cn-south-1",
                        "agency_name", "ims_admin_agency"))
                .post("/v1/cloudimages/{id}/cross_region_copy", imageId)
                .then();
    }
}
