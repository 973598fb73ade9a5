package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DiscoveryTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void rootListsVersionsWithMultipleChoices() {
        given().get("/")
                .then().statusCode(300)
                .contentType("application/json")
                .body("versions", hasSize(5))
                .body("versions[0].id", equalTo("v2.2"))
                .body("versions[0].status", equalTo("CURRENT"))
                .body("versions[0].links[0].rel", equalTo("self"))
                .body("versions[0].links[0].href", endsWith("/v2/"))
                .body("versions[3].status", equalTo("DEPRECATED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2", "/v2.0", "/v2.1", "/v1.1"})
    void versionPathShowsOneVersion(String path) {
        given().get(path)
                .then().statusCode(300)
                .body("versions", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"image", "images", "member", "members"})
    void glanceSchemasAreServed(String schema) {
        asAlice().get("/v2/schemas/{schema}", schema)
                .then().statusCode(200)
                .contentType("application/json")
                .body("name", equalTo(schema))
                .body("$", hasKey("properties"));
    }

    @Test
    void unknownGlanceSchemaIsNotFound() {
        asAlice().get("/v2/schemas/nope")
                .then().statusCode(404)
                .contentType("application/json")
                .body("error_code", equalTo("APIGW.0101"));
    }

    @Test
    void quotaReportsUse() {
        Ims.createActiveServerImage("counted");

        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].type", equalTo("image"))
                .body("quotas.resources[0].used", equalTo(1))
                .body("quotas.resources[0].quota", equalTo(100))
                .body("quotas.resources[0].min", equalTo(1))
                .body("quotas.resources[0].max", equalTo(1000));
    }

    @Test
    void osVersionsAreGroupedByPlatform() {
        asAlice().get("/v1/cloudimages/os_version")
                .then().statusCode(200)
                .body("size()", greaterThan(3))
                .body("platform", hasItem("CentOS"))
                .body("find { it.platform == 'CentOS' }.version_list.os_version", hasItem("CentOS 7.6 64bit"))
                .body("find { it.platform == 'CentOS' }.version_list.os_bit", everyItem(equalTo(64)));
    }

    @Test
    void osVersionsFilterByTag() {
        asAlice().get("/v1/cloudimages/os_version?tag=arm")
                .then().statusCode(200)
                .body("version_list.flatten().os_version", everyItem(org.hamcrest.Matchers.containsString("ARM")));
    }
}
