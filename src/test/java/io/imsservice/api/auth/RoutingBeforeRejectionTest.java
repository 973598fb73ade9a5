package io.imsservice.api.auth;

import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingBeforeRejectionTest {

    @Test
    void unknownRouteWithoutCredentialsIsNotFound() {
        given().get("/v2/no-such-api")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error_code", equalTo("APIGW.0101"));
    }

    @Test
    void wrongMethodWithoutCredentialsIsNotAllowed() {
        given().put("/v2/cloudimages/action")
                .then().statusCode(405)
                .body("error_code", equalTo("APIGW.0101"));
    }

    @Test
    void knownRouteWithoutCredentialsIsUnauthorized() {
        given().get("/v2/cloudimages")
                .then().statusCode(401)
                .contentType(ContentType.JSON)
                .body("error_code", equalTo("APIGW.0301"));
    }

    @Test
    void badTokenWinsOverMalformedBody() {
        given().header("X-Auth-Token", "no-such-token")
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/v2/cloudimages/action")
                .then().statusCode(401)
                .body("error_code", equalTo("APIGW.0301"));
    }

    @Test
    void goodTokenStillReachesValidation() {
        assertError(given().header("X-Auth-Token", "token-alice")
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }
}
