package io.imsservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The export and in-region copy operations in the OpenAPI document. */
@QuarkusTest
class ExportCopyOpenApiTest {

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("/v1/cloudimages/{image_id}/file", "ExportImage", "IMG.0148"),
                Arguments.of("/v2.1/cloudimages/{image_id}/file", "ExportImageInSafeMode", "IMG.0148"),
                Arguments.of("/v1/cloudimages/{image_id}/copy", "CopyImageInRegion", "IMG.0096"),
                Arguments.of("/v2.1/cloudimages/{image_id}/copy", "CopyImageInRegionInSafeMode", "IMG.0096"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("operations")
    void operationDocumentsItsError(String path, String operationId, String exampleCode) {
        JsonPath document = openApiDocument();
        String operation = "paths.'" + path + "'.post";

        assertThat(document.getString(operation + ".operationId"), equalTo(operationId));
        assertThat(document.getString(operation + ".responses.'400'.content.'application/json'.example.error.code"),
                equalTo(exampleCode));
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("ExportImageRequestBody", Set.of("bucket_url", "file_format", "is_quick_export")),
                Arguments.of("CopyImageInRegionRequestBody",
                        Set.of("name", "description", "cmk_id", "enterprise_project_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void bodyListsSdkFields(String schema, Set<String> fields) {
        JsonPath document = openApiDocument();

        assertThat(document.getMap("components.schemas." + schema + ".properties").keySet(), equalTo(fields));
    }

    private static JsonPath openApiDocument() {
        return given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
