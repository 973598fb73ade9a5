package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ImageListTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void unknownIdReturnsEmptyList() {
        asAlice().get("/v2/cloudimages?id=00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void listShowsPublicAndOwnImagesOnly() {
        String own = Ims.createActiveServerImage("mine");
        Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "theirs", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);

        asAlice().get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images.id", hasItem(own))
                .body("images.id", hasItem(Fixture.PUBLIC_CENTOS_IMAGE))
                .body("images.name", not(hasItem("theirs")));
    }

    @Test
    void filtersByImageTypeAndVisibility() {
        Ims.createActiveServerImage("mine");

        asAlice().get("/v2/cloudimages?__imagetype=gold&visibility=public&protected=true")
                .then().statusCode(200)
                .body("images.__imagetype", everyItem(equalTo("gold")))
                .body("images.id", hasItem(Fixture.PUBLIC_CENTOS_IMAGE));
        asAlice().get("/v2/cloudimages?owner=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].name", equalTo("mine"));
    }

    @Test
    void filtersByTagKeyAndValue() {
        asAlice()
                .body(Map.of("name", "tagged", "instance_id", Fixture.READY_SERVER,
                        "image_tags", List.of(Map.of("key", "env", "value", "prod-eu"))))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);

        asAlice().queryParam("tag", "env=prod-eu").get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].name", equalTo("tagged"));
        asAlice().queryParam("tag", "env=dev").get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void filtersByCreationTimeOperators() {
        Ims.createActiveServerImage("recent");

        asAlice().queryParam("created_at", "gt:2024-01-01T00:00:00Z").queryParam("__imagetype", "private")
                .get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(1));
        asAlice().queryParam("created_at", "lt:2024-01-01 00:00:00").queryParam("__imagetype", "private")
                .get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void sortsAndPagesWithMarker() {
        Ims.createActiveServerImage("b-image");
        Ims.createActiveServerImage("a-image");
        Ims.createActiveServerImage("c-image");

        List<String> firstPage = asAlice()
                .get("/v2/cloudimages?__imagetype=private&sort_key=name&sort_dir=asc&limit=2")
                .then().statusCode(200)
                .body("images.name", equalTo(List.of("a-image", "b-image")))
                .extract().path("images.id");
        asAlice().get("/v2/cloudimages?__imagetype=private&sort_key=name&sort_dir=asc&limit=2&marker="
                        + firstPage.get(1))
                .then().statusCode(200)
                .body("images.name", equalTo(List.of("c-image")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sort_key=colour, IMG.0017, The URL format is incorrect.",
        "sort_dir=sideways, IMG.0017, The URL format is incorrect.",
        "limit=0, IMG.0017, The URL format is incorrect.",
        "limit=many, IMG.0017, The URL format is incorrect.",
        "min_disk=big, IMG.0017, The URL format is incorrect.",
        "protected=maybe, IMG.0017, The URL format is incorrect.",
        "status=sleeping, IMG.0017, The URL format is incorrect.",
        "created_at=after:2020-01-01T00:00:00Z, IMG.0017, The URL format is incorrect.",
        "created_at=gt:yesterday, IMG.0017, The URL format is incorrect.",
        "__imagetype=golden, IMG.0024, The image type in the request is incorrect.",
        "marker=00000000-0000-0000-0000-000000000000, IMG.0066, The image ID is incorrect."
    })
    void listRejectsBadQuery(String query, String code, String message) {
        assertError(asAlice().get("/v2/cloudimages?" + query).then(), 400, code, message);
    }

    @Test
    void glanceSortParameterOrdersImages() {
        Ims.createActiveServerImage("b-image");
        Ims.createActiveServerImage("a-image");

        asAlice().get("/v2/images?__imagetype=private&sort=name:asc")
                .then().statusCode(200)
                .body("images.name", equalTo(List.of("a-image", "b-image")));
        asAlice().get("/v2/images?__imagetype=private&sort=name:desc")
                .then().statusCode(200)
                .body("images.name", equalTo(List.of("b-image", "a-image")));
        assertError(asAlice().get("/v2/images?sort=bogus").then(), 400,
                "IMG.0017", "The URL format is incorrect.");
    }

    @Test
    void glanceListHasPagingLinks() {
        Ims.createActiveServerImage("one");
        Ims.createActiveServerImage("two");

        String next = asAlice().get("/v2/images?__imagetype=private&limit=1")
                .then().statusCode(200)
                .body("schema", equalTo("/v2/schemas/images"))
                .body("first", equalTo("/v2/images?__imagetype=private&limit=1"))
                .body("images", hasSize(1))
                .extract().path("next");

        asAlice().get(next)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("next", nullValue());
    }

    @Test
    void glanceListDefaultsToTwentyFive() {
        asAlice().get("/v2/images?limit=1")
                .then().statusCode(200)
                .body("images", hasSize(1));
        asAlice().get("/v2/images")
                .then().statusCode(200)
                .body("images.size()", equalTo(Math.min(25, publicImageCount())));
    }

    private static int publicImageCount() {
        return asAlice().get("/v2/cloudimages?visibility=public")
                .then().statusCode(200)
                .extract().path("images.size()");
    }
}
