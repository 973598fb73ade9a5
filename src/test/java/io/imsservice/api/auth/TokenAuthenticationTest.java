package io.imsservice.api.auth;

import static io.imsservice.sim.FixtureCredentials.ACME_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ALICE;
import static io.imsservice.sim.FixtureCredentials.ALICE_TOKEN;
import static io.imsservice.sim.FixtureCredentials.EXPIRED_TOKEN;
import static io.imsservice.sim.FixtureCredentials.READER;
import static io.imsservice.sim.FixtureCredentials.READER_TOKEN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenAuthenticationTest {

    @Test
    void knownTokenSetsCaller() {
        JsonPath probe = given()
                .header("X-Auth-Token", ALICE_TOKEN)
                .when()
                .get("/auth-probe")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(probe.getString("caller.projectId")).isEqualTo(ACME_PROJECT);
        assertThat(probe.getString("caller.domainId")).isEqualTo(ACME_DOMAIN);
        assertThat(probe.getString("caller.userId")).isEqualTo(ALICE);
        assertThat(probe.getString("caller.region")).isEqualTo("cn-north-4");
        assertThat(probe.getList("caller.roles", String.class)).containsExactly("te_admin");
        assertThat(probe.getBoolean("readOnly")).isFalse();
    }

    @Test
    void readOnlyTokenHasReadOnlyRole() {
        JsonPath probe = given()
                .header("X-Auth-Token", READER_TOKEN)
                .when()
                .get("/auth-probe")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(probe.getString("caller.userId")).isEqualTo(READER);
        assertThat(probe.getList("caller.roles", String.class)).containsExactly("readonly");
        assertThat(probe.getBoolean("readOnly")).isTrue();
    }

    @Test
    void unknownTokenIsRejected() {
        Response response = given()
                .header("X-Auth-Token", "token-nobody")
                .when()
                .get("/auth-probe");

        assertGatewayRejection(response, "the X-Auth-Token is unknown");
    }

    @Test
    void expiredTokenIsRejected() {
        Response response = given()
                .header("X-Auth-Token", EXPIRED_TOKEN)
                .when()
                .get("/auth-probe");

        assertGatewayRejection(response, "the X-Auth-Token expired at 2020-01-01T00:00:00Z");
    }

    @Test
    void missingCredentialsAreRejected() {
        Response response = given()
                .when()
                .get("/auth-probe");

        assertGatewayRejection(response, "the request has no X-Auth-Token header");
    }

    @Test
    void unknownPathIsNotFoundBeforeCredentials() {
        Response response = given()
                .when()
                .get("/v2/no-such-api");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.jsonPath().getString("error_code")).isEqualTo("APIGW.0101");
    }

    @Test
    void postToRootIsNotAllowed() {
        Response response = given()
                .when()
                .post("/");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.jsonPath().getString("error_code")).isEqualTo("APIGW.0101");
    }

    @Test
    void dotSegmentsDoNotBypassAuthentication() {
        Response response = given()
                .urlEncodingEnabled(false)
                .when()
                .get("/sim/../auth-probe");

        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    @Test
    void publicPathsNeedNoCredentials() {
        int health = given().when().get("/q/health").statusCode();
        int simulation = given().when().get("/sim/v1/projects").statusCode();
        int root = given().when().get("/").statusCode();
        int version = given().when().get("/v2.1").statusCode();

        assertThat(health).isEqualTo(200);
        assertThat(simulation).isEqualTo(200);
        assertThat(root).isNotEqualTo(401);
        assertThat(version).isNotEqualTo(401);
    }

    static void assertGatewayRejection(Response response, String reasonStart) {
        JsonPath body = response.jsonPath();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(body.getString("error_code")).isEqualTo("APIGW.0301");
        assertThat(body.getString("error_msg"))
                .startsWith("Incorrect IAM authentication information: " + reasonStart);
        assertThat(body.getString("request_id")).isNotBlank();
        assertThat(response.header("X-Request-Id")).isEqualTo(body.getString("request_id"));
    }
}
