package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tag validation as tables: each rejected tag through every call that adds tags, with its code and exact message,
 * and the image's tags unchanged afterwards. The image starts with the tag {@code keep=me}.
 */
@QuarkusTest
class TagValidationTest {
    private static final String INVALID = "The image tag is invalid.";
    private static final String OVER_QUOTA = "The number of image tags exceeds the quota.";
    private static final String MALFORMED = "The request message format is invalid.";

    private String imageId;

    @BeforeEach
    void createTaggedImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("validated");
        addTag("keep", "me");
    }

    static Stream<Arguments> invalidTags() {
        return Stream.of(
                Arguments.of("empty key", tag("", "v")),
                Arguments.of("missing key", Map.of("value", "v")),
                Arguments.of("key of 37 characters", tag("k".repeat(37), "v")),
                Arguments.of("value of 44 characters", tag("k", "v".repeat(44))),
                Arguments.of("key with leading space", tag(" k", "v")),
                Arguments.of("key with trailing space", tag("k ", "v")),
                Arguments.of("value with leading space", tag("k", " v")),
                Arguments.of("value with trailing space", tag("k", "v ")),
                Arguments.of("key with =", tag("a=b", "v")),
                Arguments.of("key with *", tag("a*b", "v")),
                Arguments.of("key with <", tag("a<b", "v")),
                Arguments.of("key with >", tag("a>b", "v")),
                Arguments.of("key with backslash", tag("a\\b", "v")),
                Arguments.of("key with comma", tag("a,b", "v")),
                Arguments.of("key with |", tag("a|b", "v")),
                Arguments.of("key with /", tag("a/b", "v")),
                Arguments.of("key with a control character", tag("a\tb", "v")),
                Arguments.of("value with =", tag("k", "a=b")),
                Arguments.of("value with /", tag("k", "a/b")),
                Arguments.of("value with a line break", tag("k", "a\nb")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTags")
    void addTagRejects(String label, Map<String, String> tag) {
        assertError(asAlice().body(Map.of("tag", tag))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTags")
    void batchCreateRejectsWholeBatch(String label, Map<String, String> tag) {
        assertError(asAlice().body(Map.of("action", "create", "tags", List.of(tag("valid", "tag"), tag)))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTags")
    void legacyPutRejectsImageTag(String label, Map<String, String> tag) {
        assertError(asAlice().body(Map.of("image_id", imageId, "image_tag", tag)).put("/v1/cloudimages/tags").then(),
                400, "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    static Stream<Arguments> validEdgeTags() {
        return Stream.of(
                Arguments.of("key of 36 characters", "k".repeat(36), "v", "k".repeat(36) + "=v"),
                Arguments.of("value of 43 characters", "k", "v".repeat(43), "k=" + "v".repeat(43)),
                Arguments.of("empty value", "k", "", "k"),
                Arguments.of("space inside", "my key", "my value", "my key=my value"),
                Arguments.of("letters of other scripts", "Größe", "日本語", "Größe=日本語"),
                Arguments.of("dots, dashes and underscores", "a.b-c_d", "1.0-x_y", "a.b-c_d=1.0-x_y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdgeTags")
    void addTagAccepts(String label, String key, String value, String listed) {
        addTag(key, value);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of("keep=me", listed)));
    }

    @Test
    void batchCreateRejectsDuplicateKeys() {
        assertError(asAlice().body(Map.of("action", "create", "tags", List.of(tag("dup", "1"), tag("dup", "2"))))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    @Test
    void eleventhTagExceedsQuota() {
        for (int i = 1; i <= 9; i++) {
            addTag("tag" + i, "v");
        }

        assertError(asAlice().body(Map.of("tag", tag("eleventh", "v")))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0116", OVER_QUOTA);
        assertError(asAlice().put("/v2/images/{id}/tags/{tag}", imageId, "eleventh").then(), 400,
                "IMG.0116", OVER_QUOTA);
        assertError(asAlice().body(Map.of("image_id", imageId, "tag", "eleventh.v")).put("/v1/cloudimages/tags")
                .then(), 400, "IMG.0116", OVER_QUOTA);

        addTag("tag9", "overwritten");
        asAlice().get("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("tags.size()", equalTo(10))
                .body("tags[9].value", equalTo("overwritten"));
    }

    @Test
    void batchBeyondQuotaAddsNothing() {
        for (int i = 1; i <= 8; i++) {
            addTag("tag" + i, "v");
        }
        List<Map<String, String>> batch = List.of(tag("tag1", "changed"), tag("new1", "v"), tag("new2", "v"));

        assertError(asAlice().body(Map.of("action", "create", "tags", batch))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0116", OVER_QUOTA);

        asAlice().get("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("tags.size()", equalTo(9))
                .body("tags[1].value", equalTo("v"));
    }

    @Test
    void batchOfElevenTagsExceedsQuota() {
        List<Map<String, String>> eleven = IntStream.range(0, 11).mapToObj(i -> tag("k" + i, "v")).toList();

        assertError(asAlice().body(Map.of("action", "create", "tags", eleven))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0116", OVER_QUOTA);

        assertTagsUnchanged();
    }

    static Stream<Arguments> invalidLegacyTags() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("equals sign", "a=b.c"),
                Arguments.of("space", "team.web server"),
                Arguments.of("other script", "团队.网络"),
                Arguments.of("key of 37 characters", "k".repeat(37) + ".v"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLegacyTags")
    void legacyPutRejectsTag(String label, String tag) {
        assertError(asAlice().body(Map.of("image_id", imageId, "tag", tag)).put("/v1/cloudimages/tags").then(),
                400, "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    @Test
    void legacyPutNeedsExactlyOneTagForm() {
        assertError(asAlice().body(Map.of("image_id", imageId)).put("/v1/cloudimages/tags").then(),
                400, "IMG.0115", INVALID);
        assertError(asAlice().body(Map.of("image_id", imageId, "tag", "a.b", "image_tag", tag("c", "d")))
                .put("/v1/cloudimages/tags").then(), 400, "IMG.0115", INVALID);
        assertError(asAlice().body(Map.of("tag", "a.b")).put("/v1/cloudimages/tags").then(),
                400, "IMG.0001", MALFORMED);

        assertTagsUnchanged();
    }

    static Stream<Arguments> invalidGlanceTags() {
        return Stream.of(
                Arguments.of("dot", "a.b"),
                Arguments.of("37 characters", "g".repeat(37)),
                Arguments.of("asterisk", "a*b"),
                Arguments.of("leading space", " g"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidGlanceTags")
    void glancePutRejects(String label, String tag) {
        assertError(asAlice().put("/v2/images/{id}/tags/{tag}", imageId, tag).then(), 400, "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    static Stream<Arguments> invalidTagsToDelete() {
        return Stream.of(
                Arguments.of("blank key", tag(" ", "")),
                Arguments.of("missing key", Map.of("value", "v")),
                Arguments.of("key of 128 characters", tag("k".repeat(128), "")),
                Arguments.of("value of 256 characters", tag("keep", "v".repeat(256))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTagsToDelete")
    void batchDeletesReject(String label, Map<String, String> tag) {
        List<Map<String, String>> tags = List.of(tag("keep", "me"), tag);

        assertError(asAlice().body(Map.of("tags", tags))
                .delete("/v1/{project}/cloudimages/{id}/tags/delete", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0115", INVALID);
        assertError(asAlice().body(Map.of("action", "delete", "tags", tags))
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0115", INVALID);

        assertTagsUnchanged();
    }

    @Test
    void batchDeleteChecksOnlyLengths() {
        List<Map<String, String>> tags = List.of(tag("a*b <c>", "x/y"), tag("k".repeat(127), "v".repeat(255)));

        asAlice().body(Map.of("tags", tags))
                .delete("/v1/{project}/cloudimages/{id}/tags/delete", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);

        assertTagsUnchanged();
    }

    static Stream<Arguments> malformedTagBodies() {
        return Stream.of(
                Arguments.of("unknown action", Map.of("action", "upsert", "tags", List.of(tag("k", "v")))),
                Arguments.of("action in upper case", Map.of("action", "CREATE", "tags", List.of(tag("k", "v")))),
                Arguments.of("missing action", Map.of("tags", List.of(tag("k", "v")))),
                Arguments.of("missing tags", Map.of("action", "create")),
                Arguments.of("empty tags", Map.of("action", "delete", "tags", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedTagBodies")
    void batchActionBodyValidated(String label, Map<String, Object> body) {
        assertError(asAlice().body(body)
                .post("/v2/{project}/images/{id}/tags/action", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0001", MALFORMED);

        assertTagsUnchanged();
    }

    @Test
    void tagCallsWithoutBodyRejected() {
        assertError(asAlice().post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0007", "The request body is empty.");
        assertError(asAlice().put("/v1/cloudimages/tags").then(), 400, "IMG.0007", "The request body is empty.");
        assertError(asAlice().body("{\"tag\":[1]}")
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId).then(), 400,
                "IMG.0001", MALFORMED);

        assertTagsUnchanged();
    }

    static Stream<Arguments> invalidSearches() {
        List<Map<String, Object>> elevenConditions = new ArrayList<>();
        IntStream.range(0, 11).forEach(i -> elevenConditions.add(Map.of("key", "k" + i, "values", List.of())));
        List<String> elevenValues = IntStream.range(0, 11).mapToObj(i -> "v" + i).toList();
        return Stream.of(
                Arguments.of("eleven conditions", search("tags", elevenConditions), "IMG.0115", INVALID),
                Arguments.of("eleven values", search("tags_any", List.of(Map.of("key", "k", "values", elevenValues))),
                        "IMG.0115", INVALID),
                Arguments.of("duplicate key", search("not_tags", List.of(Map.of("key", "k", "values", List.of()),
                        Map.of("key", "k", "values", List.of("v")))), "IMG.0115", INVALID),
                Arguments.of("key of 128 characters", search("not_tags_any",
                        List.of(Map.of("key", "k".repeat(128), "values", List.of()))), "IMG.0115", INVALID),
                Arguments.of("value of 256 characters", search("tags",
                        List.of(Map.of("key", "k", "values", List.of("v".repeat(256))))), "IMG.0115", INVALID),
                Arguments.of("blank key", search("tags", List.of(Map.of("key", " ", "values", List.of()))),
                        "IMG.0115", INVALID),
                Arguments.of("unknown action", Map.of("action", "list"), "IMG.0001", MALFORMED),
                Arguments.of("limit 0", Map.of("action", "filter", "limit", "0"), "IMG.0001", MALFORMED),
                Arguments.of("limit 1001", Map.of("action", "filter", "limit", "1001"), "IMG.0001", MALFORMED),
                Arguments.of("limit not a number", Map.of("action", "filter", "limit", "ten"), "IMG.0001", MALFORMED),
                Arguments.of("negative offset", Map.of("action", "filter", "offset", "-1"), "IMG.0001", MALFORMED),
                Arguments.of("unknown match key", Map.of("action", "filter",
                        "matches", List.of(Map.of("key", "name", "value", "x"))), "IMG.0001", MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSearches")
    void searchBodyValidated(String label, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body)
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_PROJECT).then(), 400,
                code, message);
    }

    private static Map<String, Object> search(String field, Object conditions) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "filter");
        body.put(field, conditions);
        return body;
    }

    private static Map<String, String> tag(String key, String value) {
        return Map.of("key", key, "value", value);
    }

    private void addTag(String key, String value) {
        asAlice().body(Map.of("tag", tag(key, value)))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(204);
    }

    private void assertTagsUnchanged() {
        asAlice().get("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("tags", equalTo(List.of(Map.of("key", "keep", "value", "me"))));
    }
}
