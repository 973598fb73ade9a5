package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Codes for malformed ids, foreign projects, list parameters and fields that the other endpoint tests leave out. */
@QuarkusTest
class RequestShapeTest {
    private static final String NOT_A_UUID = "web-base";

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void imageIdMustBeUuidOnExtensionPaths() {
        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "x")))
                .patch("/v2/cloudimages/{id}", NOT_A_UUID).then(), 400,
                "IMG.0066", "The image ID is incorrect.");
        assertError(asAlice().body(Map.of("action", "publish"))
                .post("/v1/cloudimages/{id}/marketplace", NOT_A_UUID).then(), 400,
                "IMG.0066", "The image ID is incorrect.");
    }

    @Test
    void imageIdMustBeUuidOnGlancePaths() {
        assertError(asAlice().get("/v2/images/{id}", NOT_A_UUID).then(), 400,
                "IMG.0066", "The image ID is incorrect.");
        assertError(asAlice().delete("/v2/images/{id}", NOT_A_UUID).then(), 400,
                "IMG.0066", "The image ID is incorrect.");
    }

    @Test
    void pathProjectMustBeProjectId() {
        assertError(asAlice().get("/v1/{project}/jobs/{job}", "acme", "0123456789abcdef0123456789abcdef").then(),
                400, "IMG.0067", "The project ID is incorrect.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not a project id        | acme-project                     | IMG.0067 | The project ID is incorrect.",
        "unknown project         | 0123456789abcdef0123456789abcdef | IMG.0067 | The project ID is incorrect.",
        "project of other account | 03194c3e1d7edb823ff057346401ff27 | IMG.0087 | The token is incorrect.",
        "other project of account | 9487c43fac40aea6089488d702d3d612 | IMG.0030 | "
                + "The project ID and token in the request are invalid.",
    })
    void projectHeaderMustMatchToken(String scenario, String projectHeader, String code, String message) {
        assertError(asAlice().header("X-Project-Id", projectHeader).get("/v2/cloudimages").then(), 400,
                code, message);
    }

    @Test
    void projectHeaderOfTokenProjectIsAccepted() {
        asAlice().header("X-Project-Id", Fixture.ACME_PROJECT)
                .get("/v2/cloudimages")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2/cloudimages", "/v2/images"})
    void unregisteredImagesNeedOperator(String path) {
        assertError(asAlice().get(path + "?__isregistered=false").then(), 400,
                "IMG.0025", "The user type in the request is incorrect.");
    }

    @Test
    void registeredFilterListsRegisteredImages() {
        asAlice().get("/v2/cloudimages?__isregistered=true")
                .then().statusCode(200)
                .body("images.size()", greaterThan(0))
                .body("images.__isregistered", everyItem(equalTo("true")));
        assertError(asAlice().get("/v2/cloudimages?__isregistered=maybe").then(), 400,
                "IMG.0017", "The URL format is incorrect.");
    }

    @Test
    void osTypeFilterMustBeKnown() {
        assertError(asAlice().get("/v2/cloudimages?__os_type=Solaris").then(), 400,
                "IMG.0056", "The OS type is invalid.");

        asAlice().get("/v2/cloudimages?__os_type=Windows")
                .then().statusCode(200)
                .body("images.size()", greaterThan(0))
                .body("images.__os_type", everyItem(equalTo("Windows")));
    }

    @Test
    void quotaCannotBeChanged() {
        assertError(asAlice().body(Map.of("quotas", Map.of("image", 500))).put("/v1/cloudimages/quota").then(), 400,
                "IMG.0034", "The number of images cannot be modified.");

        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].quota", equalTo(100));
    }

    @Test
    void forceCreateMustBeTrueWhenGiven() {
        assertError(asAlice().body(Map.of("name", "forced", "instance_id", Fixture.READY_SERVER, "forceCreate", false))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0011", "forceCreate must be set to true.");

        asAlice().body(Map.of("name", "forced", "instance_id", Fixture.READY_SERVER, "forceCreate", true))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "number  | [{\"op\":\"replace\",\"path\":\"/name\",\"value\":42}]",
        "boolean | [{\"op\":\"replace\",\"path\":\"/name\",\"value\":true}]",
        "array   | [{\"op\":\"replace\",\"path\":\"/name\",\"value\":[\"a\"]}]",
    })
    void patchedNameMustBeString(String scenario, String body) {
        String imageId = Ims.createActiveServerImage("named");

        assertError(asAlice().body(body).patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0062", "The image name is incorrect.");
        assertError(asAlice().contentType("application/openstack-images-v2.1-json-patch")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/v2/images/{id}", imageId).then(), 400,
                "IMG.0062", "The image name is incorrect.");
    }

    @Test
    void dataDiskImageCannotBeUpdated() {
        String imageId = Ims.createActiveServerImage("data-disk");
        given().contentType(ContentType.JSON)
                .body(Map.of("attributes", Map.of("virtual_env_type", "DataImage")))
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200);

        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "x")))
                .patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0105", "The operation is not supported.");
    }
}
