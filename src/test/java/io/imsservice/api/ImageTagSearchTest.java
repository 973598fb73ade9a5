package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /v2/{project_id}/images/resource_instances/action over three images: web (env=prod, team=web),
 * db (env=test, team=db) and bare (no tags). Image timestamps have second precision, so images created in the
 * same second have no fixed order, and the checks compare sets.
 */
@QuarkusTest
class ImageTagSearchTest {
    private String web;
    private String db;
    private String bare;

    @BeforeEach
    void createTaggedImages() {
        Ims.resetToFixtures();
        web = Ims.createActiveServerImage("web-server");
        tag(web, "env", "prod");
        tag(web, "team", "web");
        db = Ims.createActiveServerImage("db-server");
        tag(db, "env", "test");
        tag(db, "team", "db");
        bare = Ims.createActiveServerImage("bare");
    }

    @Test
    void filterReturnsResourcesWithTags() {
        search(Map.of("action", "filter", "tags", List.of(condition("team", "web"))))
                .body("total_count", equalTo(1))
                .body("resources[0].resource_id", equalTo(web))
                .body("resources[0].resource_name", equalTo("web-server"))
                .body("resources[0].resource_detail.status", equalTo("active"))
                .body("resources[0].tags", equalTo(List.of(Map.of("key", "env", "value", "prod"),
                        Map.of("key", "team", "value", "web"))));
    }

    @Test
    void countReturnsOnlyTheTotal() {
        search(Map.of("action", "count", "tags", List.of(condition("env"))))
                .body("total_count", equalTo(2))
                .body("$", not(hasKey("resources")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no conditions             | {}                                                              | bare,db,web",
        "key with any value        | {\"tags\":[{\"key\":\"env\",\"values\":[]}]}                    | db,web",
        "values left out           | {\"tags\":[{\"key\":\"env\"}]}                                 | db,web",
        "not_tags_any without values | {\"not_tags_any\":[{\"key\":\"env\"}]}                       | bare",
        "values are alternatives   | {\"tags\":[{\"key\":\"env\",\"values\":[\"prod\",\"test\"]}]}   | db,web",
        "all tags must hold        | {\"tags\":[{\"key\":\"env\",\"values\":[\"prod\"]},"
                + "{\"key\":\"team\",\"values\":[\"db\"]}]}                                          | ",
        "any of tags_any           | {\"tags_any\":[{\"key\":\"team\",\"values\":[\"db\"]},"
                + "{\"key\":\"env\",\"values\":[\"prod\"]}]}                                         | db,web",
        "not_tags needs all        | {\"not_tags\":[{\"key\":\"env\",\"values\":[\"prod\"]},"
                + "{\"key\":\"team\",\"values\":[\"web\"]}]}                                         | bare,db",
        "not_tags partial match    | {\"not_tags\":[{\"key\":\"env\",\"values\":[\"prod\"]},"
                + "{\"key\":\"team\",\"values\":[\"db\"]}]}                                          | bare,db,web",
        "not_tags_any excludes any | {\"not_tags_any\":[{\"key\":\"team\",\"values\":[\"db\"]},"
                + "{\"key\":\"env\",\"values\":[\"prod\"]}]}                                         | bare",
        "without_any_tag wins      | {\"without_any_tag\":true,\"tags\":[{\"key\":\"env\",\"values\":[]}]} | bare",
        "name contains             | {\"matches\":[{\"key\":\"resource_name\",\"value\":\"server\"}]} | db,web",
        "empty name value is exact | {\"matches\":[{\"key\":\"resource_name\",\"value\":\"\"}]}       | ",
        "id is exact               | {\"matches\":[{\"key\":\"resource_id\",\"value\":\"%db%\"}]}     | db",
        "matches and tags combine  | {\"matches\":[{\"key\":\"resource_name\",\"value\":\"server\"}],"
                + "\"tags\":[{\"key\":\"team\",\"values\":[\"web\"]}]}                                | web",
    })
    void filterConditions(String label, String conditions, String expected) {
        String body = conditions.replace("%db%", db);
        String withAction = body.equals("{}")
                ? "{\"action\":\"filter\"}"
                : "{\"action\":\"filter\"," + body.substring(1);

        List<String> ids = Ims.asAlice().body(withAction)
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .extract().path("resources.resource_id");

        assertThat(ids).containsExactlyInAnyOrderElementsOf(idsOf(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "condition without key | {\"action\":\"filter\",\"tags\":[{\"values\":[\"a\"]}]} | IMG.0115 | The image tag is invalid.",
        "match without key     | {\"action\":\"filter\",\"matches\":[{\"value\":\"x\"}]}     | IMG.0001 | "
                + "The request message format is invalid."
    })
    void searchRejectsIncompleteCondition(String label, String body, String code, String message) {
        Ims.assertError(Ims.asAlice().body(body)
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_PROJECT).then(), 400,
                code, message);
    }

    @Test
    void filterPagesWithStringLimitAndOffset() {
        List<String> pages = new ArrayList<>();
        for (String offset : List.of("0", "1", "2")) {
            List<String> page = search(Map.of("action", "filter", "limit", "1", "offset", offset))
                    .body("total_count", equalTo(3))
                    .extract().path("resources.resource_id");
            pages.addAll(page);
        }

        assertThat(pages).containsExactlyInAnyOrder(web, db, bare);
        search(Map.of("action", "filter", "offset", "5"))
                .body("total_count", equalTo(3))
                .body("resources", equalTo(List.of()));
    }

    @Test
    void searchCoversOnlyTheCallersImages() {
        Ims.as(Fixture.BOB_TOKEN).body(Map.of("action", "count"))
                .post("/v2/{project}/images/resource_instances/action", Fixture.GLOBEX_PROJECT)
                .then().statusCode(200)
                .body("total_count", equalTo(0));
    }

    private List<String> idsOf(String expected) {
        if (expected == null) {
            return List.of();
        }
        Map<String, String> byName = Map.of("web", web, "db", db, "bare", bare);
        return List.of(expected.split(",")).stream().map(byName::get).toList();
    }

    private static ValidatableResponse search(Map<String, Object> body) {
        return asAlice().body(body)
                .post("/v2/{project}/images/resource_instances/action", Fixture.ACME_PROJECT)
                .then().statusCode(200);
    }

    private static Map<String, Object> condition(String key, String... values) {
        return Map.of("key", key, "values", List.of(values));
    }

    private static void tag(String image, String key, String value) {
        asAlice().body(Map.of("tag", Map.of("key", key, "value", value)))
                .post("/v2/{project}/images/{id}/tags", Fixture.ACME_PROJECT, image)
                .then().statusCode(204);
    }
}
