package io.imsservice.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.imsservice.support.coverage.ErrorAssertion.Kind;
import io.imsservice.support.coverage.ErrorCoverageLog;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** REST Assured shortcuts for calling the service as a fixture user. */
public final class Ims {

    private Ims() {
    }

    /** Starts a JSON request authenticated with the token. */
    public static RequestSpecification as(String token) {
        return given().header("X-Auth-Token", token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAlice() {
        return as(Fixture.ALICE_TOKEN);
    }

    /** Resets the simulated cloud and the image and job stores to the fixtures. */
    public static void resetToFixtures() {
        given().post("/sim/v1/reset").then().statusCode(204);
    }

    /** Holds async jobs in RUNNING until {@link #releaseJobs()}. */
    public static void holdJobs() {
        given().post("/sim/v1/jobs/hold").then().statusCode(204);
    }

    public static void releaseJobs() {
        given().post("/sim/v1/jobs/release").then().statusCode(200);
    }

    /**
     * Asserts the IMS error body: status, code and exact catalog message. A passed assertion is recorded for the
     * error coverage gate, together with the running test.
     */
    public static void assertError(ValidatableResponse response, int status, String code, String message) {
        response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo(code))
                .body("error.message", equalTo(message));

        ErrorCoverageLog.record(Kind.RESPONSE, status, code, message);
    }

    /**
     * Asserts that a job query returned a job that ended in FAIL with the code as {@code error_code} and the exact
     * catalog message as {@code fail_reason}. A passed assertion is recorded for the error coverage gate.
     */
    public static void assertJobFailed(ValidatableResponse jobResponse, String code, String message) {
        jobResponse.statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("FAIL"))
                .body("error_code", equalTo(code))
                .body("fail_reason", equalTo(message));

        ErrorCoverageLog.record(Kind.FAILED_JOB, 200, code, message);
    }

    /** Asserts that Alice's project has no jobs and no private images, as after a rejected create. */
    public static void assertNothingCreated() {
        given().get("/sim/v1/jobs?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("jobs", hasSize(0));
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    /** Follows a job of Alice's project to SUCCESS and returns the id of the image it created. */
    public static String followJob(String jobId) {
        return asAlice()
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");
    }

    /** Creates an image from the ready server as Alice and returns the job id. */
    public static String createServerImage(String name) {
        return asAlice()
                .body(Map.of("name", name, "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }

    /** Creates an image from the ready server as Alice, with jobs finishing at once, and returns the image id. */
    public static String createActiveServerImage(String name) {
        String jobId = createServerImage(name);
        return asAlice()
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");
    }
}
