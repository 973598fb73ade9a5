package io.imsservice.sim;

import static io.imsservice.sim.SimulationApiTest.assertSimError;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SimulationDisabledTest.Disabled.class)
class SimulationDisabledTest {

    /** Runs the service with the simulation API switched off. */
    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ims.simulation.enabled", "false");
        }
    }

    @Test
    void everySimulationPathAnswers404() {
        String message = "The simulation API is disabled";

        assertSimError(given().when().get("/sim/v1/projects"), 404, "SIM.0006", message);
        assertSimError(given().when().post("/sim/v1/reset"), 404, "SIM.0006", message);
        assertSimError(given().when().post("/sim/v1/jobs/hold"), 404, "SIM.0006", message);
        assertSimError(given().when().get("/sim/v1/servers/" + FixtureCredentials.READY_SERVER), 404, "SIM.0006",
                message);
        assertSimError(given().when().delete("/sim/v1/disks/" + FixtureCredentials.FREE_DISK), 404, "SIM.0006",
                message);
    }

    @Test
    void imsPathsStillAuthenticate() {
        given()
                .header("X-Auth-Token", FixtureCredentials.ALICE_TOKEN)
                .when()
                .get("/auth-probe")
                .then()
                .statusCode(200);
    }
}
