package io.imsservice.sim;

import static io.imsservice.sim.FixtureCredentials.ACME_DEV_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ACME_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.ACME_SOUTH_PROJECT;
import static io.imsservice.sim.FixtureCredentials.GLOBEX_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.GLOBEX_PROJECT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.imsservice.cloud.IdentityPort;
import io.imsservice.cloud.IdentityPort.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IAM agencies of the simulated cloud: the fixtures, the simulation API and the identity port. */
@QuarkusTest
class SimulatedAgenciesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    IdentityPort identity;

    @BeforeEach
    void resetSimulation() {
        given().post("/sim/v1/reset").then().statusCode(204);
    }

    @Test
    void listShowsFixtureAgencies() {
        given().get("/sim/v1/agencies")
                .then().statusCode(200)
                .body("agencies", hasSize(3))
                .body("agencies[0].name", equalTo("ims_admin_agency"))
                .body("agencies[0].domain_id", equalTo(ACME_DOMAIN))
                .body("agencies[0].ims_project_ids", equalTo(List.of(ACME_SOUTH_PROJECT)))
                .body("agencies[1].name", equalTo("ims_readonly_agency"))
                .body("agencies[1].ims_project_ids", hasSize(0));
    }

    @Test
    void listFiltersByDomain() {
        given().get("/sim/v1/agencies?domain_id=" + GLOBEX_DOMAIN)
                .then().statusCode(200)
                .body("agencies", hasSize(1))
                .body("agencies[0].domain_id", equalTo(GLOBEX_DOMAIN));
    }

    @Test
    void identityFindsAgencyWithinDomain() {
        Agency acme = identity.findAgency(ACME_DOMAIN, "ims_admin_agency").await().atMost(TIMEOUT).orElseThrow();
        Agency globex = identity.findAgency(GLOBEX_DOMAIN, "ims_admin_agency").await().atMost(TIMEOUT).orElseThrow();
        Optional<Agency> unknown = identity.findAgency(ACME_DOMAIN, "no_such_agency").await().atMost(TIMEOUT);

        assertThat(acme.grantsImsRightsIn(ACME_SOUTH_PROJECT)).isTrue();
        assertThat(acme.grantsImsRightsIn(ACME_DEV_PROJECT)).isFalse();
        assertThat(globex.grantsImsRightsIn(ACME_SOUTH_PROJECT)).isFalse();
        assertThat(unknown).isEmpty();
    }

    @Test
    void createdAgencyGrantsRights() {
        createAgency(Map.of("name", "dev_agency", "domain_id", ACME_DOMAIN, "ims_project_ids",
                List.of(ACME_DEV_PROJECT)))
                .statusCode(201)
                .body("name", equalTo("dev_agency"))
                .body("ims_project_ids", equalTo(List.of(ACME_DEV_PROJECT)));

        Agency created = identity.findAgency(ACME_DOMAIN, "dev_agency").await().atMost(TIMEOUT).orElseThrow();
        assertThat(created.grantsImsRightsIn(ACME_DEV_PROJECT)).isTrue();
        given().get("/sim/v1/agencies?domain_id=" + ACME_DOMAIN)
                .then().statusCode(200)
                .body("agencies", hasSize(3));
    }

    @Test
    void createWithoutProjectsGrantsNothing() {
        createAgency(Map.of("name", "empty_agency", "domain_id", ACME_DOMAIN))
                .statusCode(201)
                .body("ims_project_ids", hasSize(0));
    }

    @Test
    void resetRemovesCreatedAgency() {
        createAgency(Map.of("name", "temporary", "domain_id", ACME_DOMAIN)).statusCode(201);

        given().post("/sim/v1/reset").then().statusCode(204);

        assertThat(identity.findAgency(ACME_DOMAIN, "temporary").await().atMost(TIMEOUT)).isEmpty();
    }

    @Test
    void createRejectsDuplicateName() {
        createAgency(Map.of("name", "ims_admin_agency", "domain_id", ACME_DOMAIN))
                .statusCode(409)
                .body("error.code", equalTo("SIM.0005"));
    }

    @Test
    void createRejectsUnknownDomain() {
        createAgency(Map.of("name", "lost", "domain_id", "ffffffffffffffffffffffffffffffff"))
                .statusCode(400)
                .body("error.code", equalTo("SIM.0003"));
    }

    @Test
    void createRejectsProjectOfOtherDomain() {
        createAgency(Map.of("name", "greedy", "domain_id", ACME_DOMAIN, "ims_project_ids", List.of(GLOBEX_PROJECT)))
                .statusCode(400)
                .body("error.code", equalTo("SIM.0003"));

        assertThat(identity.findAgency(ACME_DOMAIN, "greedy").await().atMost(TIMEOUT)).isEmpty();
    }

    @Test
    void createRejectsMissingName() {
        createAgency(Map.of("domain_id", ACME_DOMAIN))
                .statusCode(400)
                .body("error.code", equalTo("SIM.0002"))
                .body("error.message", equalTo("Field 'name' is required"));
    }

    @Test
    void createRejectsUnknownField() {
        createAgency(Map.of("name", "typo", "domain_id", ACME_DOMAIN, "project_ids", List.of()))
                .statusCode(400)
                .body("error.code", equalTo("SIM.0001"));
    }

    private static ValidatableResponse createAgency(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/sim/v1/agencies")
                .then();
    }
}
