package io.imsservice.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged application (the jar here, the native binary under the native profile) with its production
 * settings, including the real job duration, and drives the main path over HTTP.
 */
@QuarkusIntegrationTest
class PackagedServiceIT {
    private static final String TOKEN = "token-alice";
    private static final String PROJECT = "3169809b92f36bcf43d5addbbeb1f298";
    private static final String READY_SERVER = "769a3921-26ba-537d-b2f0-908f1ce86fdf";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void createPollListDelete() throws InterruptedException {
        given().post("/sim/v1/reset").then().statusCode(204);

        String jobId = given().header("X-Auth-Token", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", "packaged", "instance_id", READY_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String status = waitForJobEnd(jobId);
        assertThat(status).isEqualTo("SUCCESS");
        String imageId = given().header("X-Auth-Token", TOKEN)
                .get("/v1/{project}/jobs/{job}", PROJECT, jobId)
                .then().statusCode(200)
                .extract().path("entities.image_id");

        given().header("X-Auth-Token", TOKEN).get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("active"));
        given().header("X-Auth-Token", TOKEN).delete("/v2/images/{id}", imageId)
                .then().statusCode(204);
    }

    @Test
    void catalogErrorReachesClient() {
        given().header("X-Auth-Token", TOKEN).contentType(ContentType.JSON)
                .body(Map.of("instance_id", READY_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(400)
                .body("error.code", equalTo("IMG.0013"))
                .body("error.message", equalTo("The image name is not specified."));
    }

    @Test
    void unauthenticatedCallGetsGatewayError() {
        given().get("/v2/cloudimages")
                .then().statusCode(401)
                .body("error_code", equalTo("APIGW.0301"));
    }

    private static String waitForJobEnd(String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        String status = "";
        while (Instant.now().isBefore(deadline)) {
            status = given().header("X-Auth-Token", TOKEN)
                    .get("/v1/cloudimages/job/{job}", jobId)
                    .then().statusCode(200)
                    .extract().path("status");
            if (status.equals("SUCCESS") || status.equals("FAIL")) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }
}
