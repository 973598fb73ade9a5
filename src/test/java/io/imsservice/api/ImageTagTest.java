package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Success paths of every tag call, and how tags show in the image object and the list filter. */
@QuarkusTest
class ImageTagTest {
    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("tagged");
    }

    @Test
    void addTagShowsEverywhere() {
        addTag(imageId, "env", "prod");

        asAlice().get("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of(Map.of("key", "env", "value", "prod"))));
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=prod")));
        asAlice().queryParam("tag", "env=prod").get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)));
    }

    @Test
    void addTagOverwritesSameKey() {
        addTag(imageId, "env", "prod");

        addTag(imageId, "env", "test");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=test")));
        asAlice().queryParam("tag", "env=prod").get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void addTagOtherScriptsAndKeyOnly() {
        addTag(imageId, "环境", "生产");
        asAlice().body(Map.of("tag", Map.of("key", "solo")))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("环境=生产", "solo")));
    }

    @Test
    void batchCreateAndDelete() {
        asAlice().body(Map.of("action", "create", "tags", List.of(
                        Map.of("key", "env", "value", "prod"), Map.of("key", "team", "value", "web"),
                        Map.of("key", "tier", "value", ""))))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);

        asAlice().body(Map.of("action", "delete", "tags", List.of(
                        Map.of("key", "env", "value", "prod"), Map.of("key", "team", "value", "other"),
                        Map.of("key", "tier"), Map.of("key", "absent", "value", "x"))))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web")));
    }

    @Test
    void deleteTagByKey() {
        addTag(imageId, "env", "prod");

        asAlice().delete("/v2/{project}/images/{id}/tags/{key}", Fixture.ACME_PROJECT, imageId, "env")
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", hasSize(0));
        assertError(asAlice().delete("/v2/{project}/images/{id}/tags/{key}", Fixture.ACME_PROJECT, imageId, "env")
                .then(), 404, "IMG.0121", "The object cannot be found.");
    }

    @Test
    void deleteTagWhoseKeyIsAction() {
        addTag(imageId, "action", "x");

        asAlice().delete("/v2/{project}/images/{id}/tags/{key}", Fixture.ACME_PROJECT, imageId, "action")
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", hasSize(0));
    }

    @Test
    void deleteTagKeyIsNotValidated() {
        String looseKey = "legacy*key " + "x".repeat(200);

        assertError(asAlice().delete("/v2/{project}/images/{id}/tags/{key}", Fixture.ACME_PROJECT, imageId, looseKey)
                .then(), 404, "IMG.0121", "The object cannot be found.");
    }

    @Test
    void listProjectTagsGroupsValuesByKey() {
        String otherImage = Ims.createActiveServerImage("also-tagged");
        addTag(imageId, "env", "prod");
        addTag(otherImage, "env", "dev");
        addTag(otherImage, "tier", "");

        asAlice().get("/v2/{project}/images/tags", Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("tags", equalTo(List.of(
                        Map.of("key", "env", "values", List.of("dev", "prod")),
                        Map.of("key", "tier", "values", List.of("")))));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/{project}/images/tags", Fixture.GLOBEX_PROJECT)
                .then().statusCode(200)
                .body("tags", hasSize(0));
    }

    @Test
    void legacyPutAcceptsBothForms() {
        asAlice().body(Map.of("image_id", imageId, "tag", "team.web"))
                .put("/v1/cloudimages/tags")
                .then().statusCode(204);
        asAlice().body(Map.of("image_id", imageId, "image_tag", Map.of("key", "env", "value", "prod")))
                .put("/v1/cloudimages/tags")
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web", "env=prod")));
    }

    @Test
    void legacyListFiltersAndPages() {
        String otherImage = Ims.createActiveServerImage("other");
        addTag(imageId, "env", "prod");
        addTag(imageId, "team", "web");
        addTag(otherImage, "env", "prod");
        addTag(otherImage, "tier", "");

        asAlice().get("/v1/cloudimages/tags?__imagetype=private&sort_key=name&sort_dir=asc")
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=prod", "tier", "team=web")));
        asAlice().get("/v1/cloudimages/tags?name=tagged")
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=prod", "team=web")));
        asAlice().get("/v1/cloudimages/tags?__imagetype=private&sort_key=name&sort_dir=asc&limit=2&page=2")
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web")));
        asAlice().get("/v1/cloudimages/tags?__imagetype=gold")
                .then().statusCode(200)
                .body("tags", hasSize(0));
    }

    @Test
    void legacyBatchDeleteIsIdempotent() {
        addTag(imageId, "env", "prod");
        addTag(imageId, "team", "web");
        Map<String, Object> body = Map.of("tags", List.of(Map.of("key", "env", "value", "prod"),
                Map.of("key", "gone", "value", "")));

        asAlice().body(body)
                .delete("/v1/{project}/cloudimages/{id}/tags/delete", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);
        asAlice().body(body)
                .delete("/v1/{project}/cloudimages/{id}/tags/delete", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("team=web")));
    }

    @Test
    void glanceTagLifecycle() {
        asAlice().put("/v2/images/{id}/tags/{tag}", imageId, "golden")
                .then().statusCode(204);
        addTag(imageId, "env", "prod");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("golden", "env=prod")));

        asAlice().delete("/v2/images/{id}/tags/{tag}", imageId, "golden")
                .then().statusCode(204);
        asAlice().delete("/v2/images/{id}/tags/{tag}", imageId, "env=prod")
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", hasSize(0));
        assertError(asAlice().delete("/v2/images/{id}/tags/{tag}", imageId, "golden").then(), 404,
                "IMG.0121", "The object cannot be found.");
    }

    @Test
    void glanceDeleteNeedsTheListedForm() {
        addTag(imageId, "env", "prod");

        assertError(asAlice().delete("/v2/images/{id}/tags/{tag}", imageId, "env").then(), 404,
                "IMG.0121", "The object cannot be found.");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=prod")));
    }

    @Test
    void memberReadsTagsButCannotChangeThem() {
        addTag(imageId, "env", "prod");
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        Ims.as(Fixture.BOB_TOKEN).get("/v2/{project}/images/{id}/tags", Fixture.GLOBEX_PROJECT, imageId)
                .then().statusCode(200)
                .body("tags[0].key", equalTo("env"));
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("tag", Map.of("key", "mine", "value", "x")))
                .post("/v2/{project}/images/{id}/tags", Fixture.GLOBEX_PROJECT, imageId).then(), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");
        assertError(Ims.as(Fixture.BOB_TOKEN).put("/v2/images/{id}/tags/{tag}", imageId, "mine").then(), 403,
                "IMG.0047", "This operation can be performed only by the image owner.");
        assertError(Ims.as(Fixture.BOB_TOKEN)
                .delete("/v2/{project}/images/{id}/tags/{key}", Fixture.GLOBEX_PROJECT, imageId, "env").then(), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("env=prod")));
    }

    @Test
    void outsiderCannotFindImageThroughTags() {
        addTag(imageId, "env", "prod");

        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN)
                .get("/v2/{project}/images/{id}/tags", Fixture.ACME_DEV_PROJECT, imageId).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).put("/v2/images/{id}/tags/{tag}", imageId, "x").then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v1/cloudimages/tags")
                .then().statusCode(200)
                .body("tags", hasSize(0));
        Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("action", "count", "tags", List.of(Map.of("key", "env", "values", List.of()))))
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_DEV_PROJECT)
                .then().statusCode(200)
                .body("total_count", equalTo(0));
    }

    @Test
    void projectInTagPathsMustBeCallers() {
        assertError(asAlice().get("/v2/{project}/images/{id}/tags", Fixture.GLOBEX_PROJECT, imageId).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
        assertError(asAlice().get("/v2/{project}/images/tags", Fixture.GLOBEX_PROJECT).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
        assertError(asAlice().body(Map.of("tag", Map.of("key", "k", "value", "v")))
                .post("/v2/{project}/images/{id}/tags", Fixture.GLOBEX_PROJECT, imageId).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
        assertError(asAlice().body(Map.of("tags", List.of(Map.of("key", "k"))))
                .delete("/v1/{project}/cloudimages/{id}/tags/delete", Fixture.GLOBEX_PROJECT, imageId).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
        assertError(asAlice().body(Map.of("action", "count"))
                .post("/v2/{project}/images/resource_instances/action", Fixture.GLOBEX_PROJECT).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
    }

    @Test
    void readOnlyCallerQueriesButCannotTag() {
        addTag(imageId, "env", "prod");

        Ims.as(Fixture.READER_TOKEN).body(Map.of("action", "count"))
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("total_count", equalTo(1));
        assertError(Ims.as(Fixture.READER_TOKEN).body(Map.of("tag", Map.of("key", "k", "value", "v")))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0026", "The operator does not have the rights to perform the operation.");
    }

    @Test
    void unknownImageIsNotFound() {
        assertError(asAlice().body(Map.of("tag", Map.of("key", "k", "value", "v")))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, "00000000-0000-0000-0000-000000000000")
                .then(), 400, "IMG.0027", "The image ID in the request does not exist.");
        assertError(asAlice().body(Map.of("image_id", "00000000-0000-0000-0000-000000000000", "tag", "a.b"))
                .put("/v1/cloudimages/tags").then(), 400, "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void tagsLeaveOtherImageAttributesAlone() {
        String before = asAlice().get("/v2/images/{id}", imageId).then().extract().path("updated_at");

        addTag(imageId, "env", "prod");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("updated_at", equalTo(before))
                .body("name", equalTo("tagged"))
                .body("$", not(hasKey("env")));
    }

    private static void addTag(String image, String key, String value) {
        asAlice().body(Map.of("tag", Map.of("key", key, "value", value)))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, image)
                .then().statusCode(204);
    }
}
