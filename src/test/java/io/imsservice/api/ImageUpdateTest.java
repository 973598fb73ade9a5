package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ImageUpdateTest {
    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("patch-me");
    }

    @Test
    void replaceNameAndAddCustomAttribute() {
        asAlice()
                .body(List.of(
                        Map.of("op", "replace", "path", "/name", "value", "renamed"),
                        Map.of("op", "add", "path", "/build_id", "value", 42),
                        Map.of("op", "add", "path", "/__support_largememory", "value", true)))
                .patch("/v2/cloudimages/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("renamed"))
                .body("build_id", equalTo("42"))
                .body("__support_largememory", equalTo("true"));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("renamed"));
    }

    @Test
    void removeCustomAttribute() {
        asAlice().body(List.of(Map.of("op", "add", "path", "/owner_team", "value", "web")))
                .patch("/v2/cloudimages/{id}", imageId)
                .then().statusCode(200);

        asAlice().body(List.of(Map.of("op", "remove", "path", "/owner_team")))
                .patch("/v2/cloudimages/{id}", imageId)
                .then().statusCode(200)
                .body("$", not(hasKey("owner_team")));
    }

    @Test
    void minRamAcceptsStringValue() {
        asAlice().body(List.of(Map.of("op", "replace", "path", "/min_ram", "value", "2048")))
                .patch("/v2/cloudimages/{id}", imageId)
                .then().statusCode(200)
                .body("min_ram", equalTo(2048));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[{\"op\":\"replace\",\"path\":\"/max_ram\",\"value\":\"1024\"}]|IMG.0035|"
                + "An attribute conflict occurred during the modification.",
        "[{\"op\":\"remove\",\"path\":\"/not_there\"}]|IMG.0035|"
                + "An attribute conflict occurred during the modification.",
        "[{\"op\":\"replace\",\"path\":\"/owner\",\"value\":\"x\"}]|IMG.0035|"
                + "An attribute conflict occurred during the modification.",
        "[{\"op\":\"replace\",\"path\":\"/__imagetype\",\"value\":\"gold\"}]|IMG.0035|"
                + "An attribute conflict occurred during the modification.",
        "[{\"op\":\"move\",\"path\":\"/name\",\"value\":\"x\"}]|IMG.0001|The request message format is invalid.",
        "{\"op\":\"replace\"}|IMG.0001|The request message format is invalid.",
        "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"x\"}]|IMG.0001|The request message format is invalid.",
        "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"\"}]|IMG.0013|The image name is not specified.",
        "[{\"op\":\"replace\",\"path\":\"/name\"}]|IMG.0001|The request message format is invalid.",
        "[{\"op\":\"add\",\"path\":\"/name\",\"value\":null}]|IMG.0001|The request message format is invalid.",
        "[{\"op\":\"add\",\"path\":\"/a\",\"value\":\"x\"}] trailing|IMG.0001|The request message format is invalid.",
        "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"a/b\"}]|IMG.0003|The image name format is invalid.",
        "[{\"op\":\"replace\",\"path\":\"/__description\",\"value\":\"<b>\"}]|IMG.0054|"
                + "The image description format is invalid.",
        "[{\"op\":\"replace\",\"path\":\"/min_ram\",\"value\":\"-5\"}]|IMG.0055|The memory or disk size is invalid.",
        "[{\"op\":\"add\",\"path\":\"/enterprise_project_id\",\"value\":\"nope\"}]|IMG.0155|"
                + "Failed to check the enterprise project ID validity."
    })
    void updateRejectsBadPatch(String body, String code, String message) {
        assertError(asAlice().body(body).patch("/v2/cloudimages/{id}", imageId).then(), 400, code, message);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("patch-me"));
    }

    @Test
    void updateIsAllOrNothing() {
        String body = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"half\"},"
                + "{\"op\":\"replace\",\"path\":\"/max_ram\",\"value\":\"1\"}]";

        assertError(asAlice().body(body).patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0035", "An attribute conflict occurred during the modification.");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("patch-me"));
    }

    @Test
    void updateRejectsEmptyBody() {
        assertError(asAlice().patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0007", "The request body is empty.");
    }

    @Test
    void updateRejectsNameOfAnotherImage() {
        Ims.createActiveServerImage("taken");

        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "taken")))
                .patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void updateOfPublicImageIsOwnerOnly() {
        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "mine")))
                .patch("/v2/cloudimages/{id}", Fixture.PUBLIC_CENTOS_IMAGE).then(), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");
    }

    @Test
    void updateOfUnknownImageFails() {
        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "x")))
                .patch("/v2/cloudimages/{id}", "00000000-0000-0000-0000-000000000000").then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void updateOfImageBeingCreatedFails() {
        Ims.holdJobs();
        Ims.createServerImage("in-progress");
        String savingId = asAlice().get("/v2/cloudimages?name=in-progress")
                .then().statusCode(200)
                .extract().path("images[0].id");

        assertError(asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "x")))
                .patch("/v2/cloudimages/{id}", savingId).then(), 400,
                "IMG.0046", "The image is unavailable.");
        Ims.releaseJobs();
    }

    @Test
    void glancePatchAcceptsV20Shape() {
        asAlice().contentType("application/openstack-images-v2.0-json-patch")
                .body("[{\"replace\":\"/name\",\"value\":\"glance-name\"}]".getBytes(StandardCharsets.UTF_8))
                .patch("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("glance-name"));
    }

    @Test
    void glancePatchAcceptsV21Shape() {
        asAlice().contentType("application/openstack-images-v2.1-json-patch")
                .body("[{\"op\":\"add\",\"path\":\"/__description\",\"value\":\"from glance\"}]"
                        .getBytes(StandardCharsets.UTF_8))
                .patch("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__description", equalTo("from glance"));
    }
}
