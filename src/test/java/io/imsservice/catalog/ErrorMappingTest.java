package io.imsservice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.api.RequestIds;
import io.imsservice.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorMappingTest {

    private static final String VALID_BODY = "{\"name\":\"ubuntu-22\",\"description\":\"web\",\"minDisk\":40}";

    @Test
    void extensionPathReturnsCatalogStatusAndExactBody() {
        Response response = given()
                .when()
                .get("/test-errors/ims/IMAGE_NOT_FOUND");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header(RequestIds.HEADER)).isNotBlank();
        assertThat(response.body().asString())
                .isEqualTo("{\"error\":{\"message\":\"The image does not exist.\",\"code\":\"IMG.0144\"}}");
    }

    @ParameterizedTest
    @CsvSource({
        "IMAGE_NOT_FOUND, IMG.0144",
        "OPERATION_NOT_PERMITTED, IMG.0026",
        "IMAGE_PROTECTED, IMG.0028",
        "PRIVATE_IMAGE_QUOTA_EXCEEDED, IMG.0015",
        "FLOW_CONTROL_LIMIT_EXCEEDED, IMG.0060",
        "AKSK_RETRIEVAL_FAILED, IMG.0037",
    })
    void extensionPathReturns400ForEveryKind(String error, String code) {
        Response response = given()
                .when()
                .get("/test-errors/ims/" + error);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "IMAGE_NOT_FOUND, 404, IMG.0144",
        "SERVER_NOT_FOUND, 404, IMG.0005",
        "OPERATION_NOT_PERMITTED, 403, IMG.0026",
        "DELETE_NOT_OWNER, 403, IMG.0092",
        "IMAGE_PROTECTED, 409, IMG.0028",
        "IMAGE_NAME_EXISTS, 409, IMG.0009",
        "PRIVATE_IMAGE_QUOTA_EXCEEDED, 400, IMG.0015",
        "FLOW_CONTROL_LIMIT_EXCEEDED, 400, IMG.0060",
        "AKSK_RETRIEVAL_FAILED, 400, IMG.0037",
        "IMAGE_NAME_TOO_LONG, 400, IMG.0002",
    })
    void glancePathReturnsStatusOfKind(String error, int status, String code) {
        Response response = given()
                .when()
                .get("/v2/images/test-errors/ims/" + error);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error.code")).isEqualTo(code);
    }

    @Test
    void glancePathKeepsVerbatimMessage() {
        Response response = given()
                .when()
                .get("/v2/images/test-errors/ims/CROSS_REGION_COPY_ENCRYPTED");

        assertThat(response.body().asString()).isEqualTo(
                "{\"error\":{\"message\":\"An encrypted image cannot be replicated cross regions.\","
                        + "\"code\":\"IMG.0143\"}}");
    }

    @Test
    void requestIdHeaderIsUniquePerRequest() {
        String first = given().get("/test-errors/ims/IMAGE_NOT_FOUND").header(RequestIds.HEADER);
        String second = given().get("/test-errors/ims/IMAGE_NOT_FOUND").header(RequestIds.HEADER);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void validBodyPassesThrough() {
        Response response = given()
                .contentType(ContentType.JSON)
                .body(VALID_BODY)
                .when()
                .post("/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("name")).isEqualTo("ubuntu-22");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":",
        "{\"name\":\"a\",}",
        "not json at all",
        "{\"name\":\"a\",\"minDisk\":\"forty\"}",
        "{\"name\":\"a\",\"minDisk\":1.5e400}",
        "{\"name\":[\"a\"]}",
        "[{\"name\":\"a\"}]",
        "\"just a string\"",
    })
    void malformedJsonBodyReturnsRequestFormatInvalid(String body) {
        Response response = given()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header(RequestIds.HEADER)).isNotBlank();
        assertThat(response.body().asString()).isEqualTo(
                "{\"error\":{\"message\":\"The request message format is invalid.\",\"code\":\"IMG.0001\"}}");
    }

    @Test
    void malformedJsonOnGlancePathReturns400() {
        Response response = given()
                .contentType(ContentType.JSON)
                .body("{\"name\":")
                .when()
                .post("/v2/images/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0001");
    }

    @Test
    void unsupportedMediaTypeReturnsRequestFormatInvalid() {
        Response response = given()
                .contentType(ContentType.TEXT)
                .body("name=ubuntu")
                .when()
                .post("/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0001");
    }

    @Test
    void emptyBodyReturnsRequestBodyEmpty() {
        Response response = given()
                .contentType(ContentType.JSON)
                .when()
                .post("/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0007");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                                                 | IMG.0013",
        "{\"name\":\"  \"}                                                  | IMG.0013",
        "{\"name\":\"bad/name\"}                                            | IMG.0003",
        "{\"name\":\"ok\",\"description\":\"DESCRIPTION\"}                  | IMG.0004",
        "{\"name\":\"NAME\",\"description\":\"DESCRIPTION\"}                | IMG.0002",
        "{\"name\":\"BAD_NAME\"}                                            | IMG.0002",
        "{\"name\":\"ok\",\"minDisk\":5000}                                 | IMG.0001",
        "{\"minDisk\":5000,\"description\":\"DESCRIPTION\"}                 | IMG.0001",
    })
    void validationReturnsLowestOrdinalError(String bodyTemplate, String code) {
        String body = bodyTemplate
                .replace("DESCRIPTION", "d".repeat(1025))
                .replace("BAD_NAME", "/".repeat(129))
                .replace("NAME", "n".repeat(129));

        Response response = given()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error.code")).isEqualTo(code);
    }

    @Test
    void validationOnGlancePathUsesKindStatus() {
        Response response = given()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/v2/images/test-errors/body");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().asString())
                .isEqualTo("{\"error\":{\"message\":\"The image name is not specified.\",\"code\":\"IMG.0013\"}}");
    }

    @Test
    void unconvertibleQueryParameterReturnsRequestFormatInvalid() {
        Response response = given()
                .queryParam("limit", "ten")
                .when()
                .get("/test-errors/limit");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0001");
    }

    @ParameterizedTest
    @CsvSource({
        "/no-such-api",
        "/v1/cloudimages/nothing/here/at/all",
        "/v2/images/test-errors/unknown/route/below",
    })
    void unknownRouteReturnsGatewayNotFound(String path) {
        Response response = given()
                .when()
                .get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error_code")).isEqualTo("APIGW.0101");
        assertThat(response.jsonPath().getString("error_msg"))
                .isEqualTo("The API does not exist or has not been published in the environment");
        assertThat(response.jsonPath().getString("request_id")).isEqualTo(response.header(RequestIds.HEADER));
    }

    @Test
    void unknownRouteBodyHasGatewayFieldOrder() {
        Response response = given()
                .when()
                .get("/no-such-api");

        String requestId = response.header(RequestIds.HEADER);
        assertThat(response.body().asString()).isEqualTo("{\"error_code\":\"APIGW.0101\",\"error_msg\":"
                + "\"The API does not exist or has not been published in the environment\",\"request_id\":\""
                + requestId + "\"}");
    }

    @Test
    void wrongMethodReturnsGatewayMethodNotAllowed() {
        Response response = given()
                .when()
                .delete("/test-errors/crash");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error_code")).isEqualTo("APIGW.0101");
        assertThat(response.jsonPath().getString("request_id")).isEqualTo(response.header(RequestIds.HEADER));
    }

    @Test
    void unexpectedExceptionReturnsGenericInternalError() {
        Response response = given()
                .when()
                .get("/test-errors/crash");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header(RequestIds.HEADER)).isNotBlank();
        assertThat(response.body().asString()).isEqualTo("{\"error\":{\"message\":\""
                + ErrorResponses.INTERNAL_ERROR_MESSAGE + "\",\"code\":\"IMG.0500\"}}");
    }

    @Test
    void unexpectedExceptionLeaksNoDetail() {
        String body = given()
                .when()
                .get("/test-errors/crash")
                .body()
                .asString();

        assertThat(body).doesNotContain("secret-internal-detail");
        assertThat(body).doesNotContain("IllegalStateException");
        assertThat(body).doesNotContain("ErrorTestResource");
    }

    @Test
    void serverWebApplicationExceptionReturnsGenericInternalError() {
        Response response = given()
                .when()
                .get("/test-errors/web-application/503");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0500");
        assertThat(response.body().asString()).doesNotContain("secret-internal-detail");
    }

    @Test
    void clientWebApplicationExceptionReturnsRequestFormatInvalid() {
        Response response = given()
                .when()
                .get("/test-errors/web-application/406");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0001");
    }

    @Test
    void responseConstraintViolationReturnsInternalError() {
        Response response = given()
                .when()
                .get("/test-errors/broken-response");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("IMG.0500");
    }

    /** Starts a request as an authenticated caller, so that it passes the authentication filter. */
    private static RequestSpecification given() {
        return RestAssured.given().header("X-Auth-Token", Fixture.ALICE_TOKEN);
    }
}
