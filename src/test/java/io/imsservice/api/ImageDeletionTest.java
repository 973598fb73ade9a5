package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static io.restassured.RestAssured.given;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImageDeletionTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void deleteOwnImage() {
        String imageId = Ims.createActiveServerImage("doomed");

        asAlice().delete("/v2/images/{id}", imageId)
                .then().statusCode(204);

        asAlice().get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(0));
        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].used", equalTo(0));
    }

    @Test
    void deleteAcceptsDeleteBackupBody() {
        String imageId = Ims.createActiveServerImage("doomed");

        asAlice().body(Map.of("delete_backup", true)).delete("/v2/images/{id}", imageId)
                .then().statusCode(204);
    }

    @Test
    void deleteRejectsMalformedBody() {
        String imageId = Ims.createActiveServerImage("kept");

        assertError(asAlice().body("{\"delete_backup\":\"yes\"}").delete("/v2/images/{id}", imageId).then(), 400,
                "IMG.0016", "An error occurred when the request body was deleted.");
        assertError(asAlice().body("[true]").delete("/v2/images/{id}", imageId).then(), 400,
                "IMG.0016", "An error occurred when the request body was deleted.");
        asAlice().get("/v2/images/{id}", imageId).then().statusCode(200);
    }

    @Test
    void deleteOfPublicImageIsRejected() {
        assertError(asAlice().delete("/v2/images/{id}", Fixture.PUBLIC_CENTOS_IMAGE).then(), 403,
                "IMG.0094", "The public image cannot be deleted.");
    }

    @Test
    void deleteOfUnknownImageIsNotFound() {
        assertError(asAlice().delete("/v2/images/{id}", "00000000-0000-0000-0000-000000000000").then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void deleteOfAnotherProjectsImageIsNotFound() {
        String imageId = Ims.createActiveServerImage("private-to-acme");

        assertError(Ims.as(Fixture.BOB_TOKEN).delete("/v2/images/{id}", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        asAlice().get("/v2/images/{id}", imageId).then().statusCode(200);
    }

    @Test
    void deleteOfProtectedImageIsRejected() {
        String imageId = Ims.createActiveServerImage("guarded");
        given().contentType(ContentType.JSON)
                .body(Map.of("protected", true))
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200);

        assertError(asAlice().delete("/v2/images/{id}", imageId).then(), 409,
                "IMG.0091", "The protected image cannot be deleted.");
    }

    @Test
    void deleteOfImageBeingCreatedIsRejected() {
        Ims.holdJobs();
        Ims.createServerImage("in-progress");
        String imageId = asAlice().get("/v2/cloudimages?name=in-progress")
                .then().statusCode(200)
                .extract().path("images[0].id");

        assertError(asAlice().delete("/v2/images/{id}", imageId).then(), 409,
                "IMG.0090", "The image being created cannot be deleted.");
        Ims.releaseJobs();
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);
    }

    @Test
    void readOnlyCallerCannotDelete() {
        String imageId = Ims.createActiveServerImage("kept");

        assertError(Ims.as(Fixture.READER_TOKEN).delete("/v2/images/{id}", imageId).then(), 403,
                "IMG.0026", "The operator does not have the rights to perform the operation.");
    }

    @Test
    void showUnknownImageIsNotFound() {
        assertError(asAlice().get("/v2/images/{id}", "00000000-0000-0000-0000-000000000000").then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void showPublicImage() {
        asAlice().get("/v2/images/{id}", Fixture.PUBLIC_CENTOS_IMAGE)
                .then().statusCode(200)
                .body("visibility", equalTo("public"))
                .body("protected", equalTo(true))
                .body("__imagetype", equalTo("gold"))
                .body("self", equalTo("/v2/images/" + Fixture.PUBLIC_CENTOS_IMAGE))
                .body("schema", equalTo("/v2/schemas/image"));
    }
}
