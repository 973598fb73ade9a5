package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MarketplaceTest {
    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("for-sale");
    }

    @Test
    void publishConfirmAndWithdraw() {
        String productCode = marketplace(Fixture.ALICE_TOKEN, imageId, "publish")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("image_id", equalTo(imageId))
                .body("status", equalTo("publishing"))
                .body("product_code", matchesPattern("[0-9a-f]{32}"))
                .body("image_type", equalTo("private"))
                .extract().path("product_code");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__productcode", equalTo(productCode))
                .body("protected", equalTo(false));

        marketplace(Fixture.ALICE_TOKEN, imageId, "confirm")
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("image_type", equalTo("market"));
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__imagetype", equalTo("market"))
                .body("protected", equalTo(true));

        marketplace(Fixture.ALICE_TOKEN, imageId, "withdraw")
                .statusCode(200)
                .body("status", equalTo("withdrawn"))
                .body("product_code", equalTo(""))
                .body("image_type", equalTo("private"));
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__imagetype", equalTo("private"))
                .body("__productcode", equalTo(""))
                .body("protected", equalTo(false));
    }

    @Test
    void publishedImageIsVisibleToOtherTenants() {
        publishAndConfirm(imageId);

        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?__imagetype=market")
                .then().statusCode(200)
                .body("images.id", hasItem(imageId));

        marketplace(Fixture.ALICE_TOKEN, imageId, "withdraw").statusCode(200);
        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
    }

    @Test
    void failedPublicationCanBeRetried() {
        String firstCode = marketplace(Fixture.ALICE_TOKEN, imageId, "publish")
                .statusCode(200)
                .extract().path("product_code");

        marketplace(Fixture.ALICE_TOKEN, imageId, "fail")
                .statusCode(200)
                .body("status", equalTo("failed"))
                .body("product_code", equalTo(""));

        marketplace(Fixture.ALICE_TOKEN, imageId, "publish")
                .statusCode(200)
                .body("status", equalTo("publishing"))
                .body("product_code", equalTo(firstCode));
    }

    @Test
    void showStateOfUnpublishedImage() {
        asAlice().get("/v1/cloudimages/{id}/marketplace", imageId)
                .then().statusCode(200)
                .body("image_id", equalTo(imageId))
                .body("status", nullValue())
                .body("product_code", equalTo(""))
                .body("image_type", equalTo("private"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown action   | {\"action\":\"retire\"}",
        "action in capitals | {\"action\":\"PUBLISH\"}",
        "action missing   | {}",
        "action null      | {\"action\":null}",
    })
    void unknownActionIsRejected(String scenario, String body) {
        assertError(asAlice().body(body).post("/v1/cloudimages/{id}/marketplace", imageId).then(), 400,
                "IMG.0048", "The operation on the Marketplace image is unknown.");
    }

    @Test
    void emptyBodyIsRejected() {
        assertError(asAlice().post("/v1/cloudimages/{id}/marketplace", imageId).then(), 400,
                "IMG.0007", "The request body is empty.");
    }

    @Test
    void malformedBodyIsRejected() {
        assertError(asAlice().body("{\"action\":").post("/v1/cloudimages/{id}/marketplace", imageId).then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }

    @Test
    void unknownImageIsRejected() {
        assertError(marketplace(Fixture.ALICE_TOKEN, "00000000-0000-0000-0000-000000000000", "publish"), 400,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void readOnlyCallerCannotPublish() {
        assertError(marketplace(Fixture.READER_TOKEN, imageId, "publish"), 400,
                "IMG.0026", "The operator does not have the rights to perform the operation.");
    }

    @Test
    void publicImageCannotBePublished() {
        assertError(marketplace(Fixture.ALICE_TOKEN, Fixture.PUBLIC_CENTOS_IMAGE, "publish"), 400,
                "IMG.0082", "The image cannot be published in Marketplace.");
    }

    @Test
    void otherTenantsMarketplaceImageCannotBePublished() {
        publishAndConfirm(imageId);

        assertError(marketplace(Fixture.BOB_TOKEN, imageId, "publish"), 400,
                "IMG.0043", "The image has already been published in Marketplace by others.");
    }

    @Test
    void imageWithInheritedProductCodeCannotBePublished() {
        String inheritedCode = "00a1b2c3d4e5f60718293a4b5c6d7e8f";
        SimControls.patchImage(imageId, Map.of("attributes", Map.of("__productcode", inheritedCode)));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0043", "The image has already been published in Marketplace by others.");
    }

    @Test
    void inactiveImageCannotBePublished() {
        SimControls.patchImage(imageId, Map.of("status", "killed"));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0046", "The image is unavailable.");
    }

    @Test
    void imageInFlowCannotBePublishedAgain() {
        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0049", "The image has been published in Marketplace or is being published in Marketplace.");
        marketplace(Fixture.ALICE_TOKEN, imageId, "confirm").statusCode(200);
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0049", "The image has been published in Marketplace or is being published in Marketplace.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "encrypted image   | __system__cmkid  | 4b5a2c6e-1d3f-4a8b-9c0d-2e4f6a8b0c1d | IMG.0098 | "
                + "The encrypted image cannot be shared or published in Marketplace.",
        "full-ECS image    | __whole_image    | true      | IMG.0131 | "
                + "The full-ECS image cannot be published in Marketplace.",
        "backup image      | __backup_id      | 9f1c2b3a-0000-4d5e-8f9a-0b1c2d3e4f5a | IMG.0051 | "
                + "The image created using a CSBS backup cannot be published in Marketplace.",
        "data-disk image   | virtual_env_type | DataImage | IMG.0124 | "
                + "The data disk image cannot be published in Marketplace.",
        "shared image type | __imagetype      | shared    | IMG.0052 | "
                + "A shared image cannot be published in Marketplace.",
    })
    void publishRejectsImageKind(String scenario, String attribute, String value, String code, String message) {
        SimControls.patchImage(imageId, Map.of("attributes", Map.of(attribute, value)));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400, code, message);

        asAlice().get("/v1/cloudimages/{id}/marketplace", imageId)
                .then().statusCode(200)
                .body("status", nullValue());
    }

    @Test
    void sharedVisibilityCannotBePublished() {
        SimControls.patchImage(imageId, Map.of("visibility", "shared"));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0052", "A shared image cannot be published in Marketplace.");
    }

    @Test
    void productCodeFailureLeavesImageUnpublished() {
        SimControls.injectFault("product_code_generation");

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "publish"), 400,
                "IMG.0045", "Failed to generate the image product code.");

        asAlice().get("/v1/cloudimages/{id}/marketplace", imageId)
                .then().statusCode(200)
                .body("status", nullValue())
                .body("product_code", equalTo(""));
    }

    @Test
    void confirmNeedsImageBeingPublished() {
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "confirm"), 400,
                "IMG.0044", "The image is not the one being published to Marketplace.");

        publishAndConfirm(imageId);
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "confirm"), 400,
                "IMG.0044", "The image is not the one being published to Marketplace.");
    }

    @Test
    void confirmRejectsImageMadeFullEcsDuringReview() {
        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);
        SimControls.patchImage(imageId, Map.of("attributes", Map.of("__whole_image", "true")));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "confirm"), 400,
                "IMG.0129", "The full-ECS image cannot be published in Marketplace.");
    }

    @Test
    void confirmRejectsImageSharedDuringReview() {
        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);
        SimControls.patchImage(imageId, Map.of("visibility", "shared"));

        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "confirm"), 400,
                "IMG.0052", "A shared image cannot be published in Marketplace.");
        asAlice().get("/v1/cloudimages/{id}/marketplace", imageId)
                .then().statusCode(200)
                .body("status", equalTo("publishing"));
    }

    @Test
    void failNeedsImageBeingPublished() {
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "fail"), 400,
                "IMG.0050", "Failing to publish the image in Marketplace cannot be set.");

        publishAndConfirm(imageId);
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "fail"), 400,
                "IMG.0050", "Failing to publish the image in Marketplace cannot be set.");
    }

    @Test
    void withdrawNeedsPublishedImage() {
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "withdraw"), 400,
                "IMG.0042", "The image is not a Marketplace image.");

        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);
        assertError(marketplace(Fixture.ALICE_TOKEN, imageId, "withdraw"), 400,
                "IMG.0042", "The image is not a Marketplace image.");
    }

    @Test
    void onlyOwnerControlsThePublication() {
        publishAndConfirm(imageId);

        assertError(marketplace(Fixture.BOB_TOKEN, imageId, "withdraw"), 400,
                "IMG.0106", "The image owner is another tenant.");
        assertError(marketplace(Fixture.BOB_TOKEN, imageId, "confirm"), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");
        assertError(marketplace(Fixture.BOB_TOKEN, imageId, "fail"), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");
    }

    @Test
    void imageInFlowCannotBeDeletedByOwner() {
        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);

        assertError(asAlice().delete("/v2/images/{id}", imageId).then(), 409,
                "IMG.0028", "The image in the request is protected.");
        marketplace(Fixture.ALICE_TOKEN, imageId, "confirm").statusCode(200);
        assertError(asAlice().delete("/v2/images/{id}", imageId).then(), 409,
                "IMG.0028", "The image in the request is protected.");

        marketplace(Fixture.ALICE_TOKEN, imageId, "withdraw").statusCode(200);
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);
    }

    @Test
    void marketplaceImageCannotBeDeletedByBuyer() {
        publishAndConfirm(imageId);

        assertError(Ims.as(Fixture.BOB_TOKEN).delete("/v2/images/{id}", imageId).then(), 403,
                "IMG.0093", "The Marketplace image cannot be deleted.");
    }

    private static void publishAndConfirm(String imageId) {
        marketplace(Fixture.ALICE_TOKEN, imageId, "publish").statusCode(200);
        marketplace(Fixture.ALICE_TOKEN, imageId, "confirm").statusCode(200);
    }

    private static ValidatableResponse marketplace(String token, String imageId, String action) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        return Ims.as(token).body(body).post("/v1/cloudimages/{id}/marketplace", imageId).then();
    }
}
