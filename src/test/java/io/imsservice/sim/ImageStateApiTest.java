package io.imsservice.sim;

import static io.imsservice.support.Ims.asAlice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PATCH /sim/v1/images/{image_id}: image states and attributes that no IMS call sets. */
@QuarkusTest
class ImageStateApiTest {
    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("shaped");
    }

    @Test
    void setsVisibilityAndAttributes() {
        given().contentType(ContentType.JSON)
                .body("{\"visibility\":\"shared\",\"attributes\":{\"__whole_image\":true,"
                        + "\"__backup_id\":\"b-1\",\"build_number\":42}}")
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("shared"))
                .body("__whole_image", equalTo(true))
                .body("__backup_id", equalTo("b-1"))
                .body("build_number", equalTo("42"));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("shared"))
                .body("__backup_id", equalTo("b-1"));
    }

    @Test
    void nullAttributeRemovesIt() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("__description", null);

        given().contentType(ContentType.JSON)
                .body(Map.of("attributes", attributes))
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200)
                .body("$", not(hasKey("__description")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json             | {                                                  | 400 | SIM.0001",
        "unknown field        | {\"colour\":\"red\"}                               | 400 | SIM.0001",
        "attributes not a map | {\"attributes\":[\"__whole_image\"]}               | 400 | SIM.0001",
        "unknown status       | {\"status\":\"sleeping\"}                          | 400 | SIM.0002",
        "unknown visibility   | {\"visibility\":\"community\"}                     | 400 | SIM.0002",
        "core attribute       | {\"attributes\":{\"owner\":\"someone\"}}           | 400 | SIM.0002",
        "upper-case attribute | {\"attributes\":{\"Build\":\"1\"}}                 | 400 | SIM.0002",
        "attribute object     | {\"attributes\":{\"__backup_id\":{\"id\":1}}}       | 400 | SIM.0002",
    })
    void rejectsBadBody(String scenario, String body, int status, String code) {
        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(status)
                .body("error.code", equalTo(code));
    }

    @Test
    void unknownImageIsNotFound() {
        given().contentType(ContentType.JSON)
                .body(Map.of("visibility", "shared"))
                .patch("/sim/v1/images/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .body("error.code", equalTo("SIM.0004"));
    }
}
