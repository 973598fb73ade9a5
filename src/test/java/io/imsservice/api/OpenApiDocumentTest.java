package io.imsservice.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyImsOperationDocumentsErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths");

        int checked = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            boolean testOnly = path.getKey().contains("probe") || path.getKey().contains("test-errors");
            if (testOnly || !path.getKey().startsWith("/v1") && !path.getKey().startsWith("/v2")) {
                continue;
            }
            for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
                assertThat(operation.getValue().get("operationId")).as("operationId of " + where).isNotNull();
                assertThat(responses).as("responses of " + where).containsKeys("400", "401", "500");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void glanceOperationsDocumentKindStatuses() {
        Map<String, Object> responses = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths.'/v2/images/{image_id}'.delete.responses");

        assertThat(responses).containsKeys("403", "404", "409");
    }

    @Test
    void errorExampleCarriesCatalogMessage() {
        Map<String, Object> example = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths.'/v2/cloudimages/action'.post.responses.'400'.content.'application/json'"
                        + ".example.error");

        assertThat(example).containsEntry("code", "IMG.0008");
        assertThat(example).containsEntry("message",
                "The ECS can be used to create images because it is not in stopped state.");
    }

    @Test
    void listOperationsDocumentQueryParameters() {
        List<String> names = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths.'/v2/cloudimages'.get.parameters.name");

        assertThat(names).contains("__imagetype", "marker", "limit", "sort_key", "created_at", "tag");
    }

    @Test
    void imsOperationsRequireAuthentication() {
        Map<String, Object> schemes = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("components.securitySchemes");
        List<Object> security = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("paths.'/v2/cloudimages/action'.post.security");

        assertThat(schemes).containsKeys("iamToken", "akskSignature");
        assertThat(security).hasSize(2);
    }

    @Test
    void simulationApiHasItsOwnTag() {
        List<Map<String, Object>> tags = given().get("/q/openapi?format=json")
                .then().statusCode(200)
                .extract().path("tags");

        assertThat(tags).extracting(tag -> tag.get("name")).contains("Simulation");
    }
}
