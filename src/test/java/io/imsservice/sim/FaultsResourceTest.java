package io.imsservice.sim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class FaultsResourceTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void injectReturnsArmedFault() {
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "job_submission", "times", 3, "project_id", Fixture.ACME_PROJECT))
                .post("/sim/v1/faults")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", equalTo("fault-1"))
                .body("operation", equalTo("job_submission"))
                .body("code", equalTo("IMG.0018"))
                .body("message", equalTo("An error occurred when the job was submitted."))
                .body("project_id", equalTo(Fixture.ACME_PROJECT))
                .body("remaining", equalTo(3))
                .body("until_cleared", equalTo(false));
    }

    @Test
    void listShowsFaultsInFiringOrder() {
        SimControls.injectFault("vm_lookup");
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "eps_check", "until_cleared", true))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        given().get("/sim/v1/faults")
                .then().statusCode(200)
                .body("faults", hasSize(2))
                .body("faults[0].id", equalTo("fault-1"))
                .body("faults[0].operation", equalTo("vm_lookup"))
                .body("faults[0].remaining", equalTo(1))
                .body("faults[0].project_id", nullValue())
                .body("faults[1].id", equalTo("fault-2"))
                .body("faults[1].remaining", nullValue())
                .body("faults[1].until_cleared", equalTo(true));
    }

    @Test
    void remainingCountDownsWithEachFailure() {
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "vm_lookup", "times", 2))
                .post("/sim/v1/faults")
                .then().statusCode(201);

        createFromReadyServer().statusCode(400);
        given().get("/sim/v1/faults").then().body("faults[0].remaining", equalTo(1));
        createFromReadyServer().statusCode(400);
        given().get("/sim/v1/faults").then().body("faults", hasSize(0));
        createFromReadyServer().statusCode(200);
    }

    @Test
    void clearOneFault() {
        String first = SimControls.injectFault("vm_lookup");
        SimControls.injectFault("eps_check");

        given().delete("/sim/v1/faults/{id}", first).then().statusCode(204);

        given().get("/sim/v1/faults")
                .then().statusCode(200)
                .body("faults", hasSize(1))
                .body("faults[0].operation", equalTo("eps_check"));
    }

    @Test
    void clearUnknownFaultIsNotFound() {
        given().delete("/sim/v1/faults/{id}", "fault-99")
                .then().statusCode(404)
                .body("error.code", equalTo("SIM.0004"));
    }

    @Test
    void clearAllFaults() {
        SimControls.injectFault("vm_lookup");
        SimControls.injectFault("eps_check");

        given().delete("/sim/v1/faults").then().statusCode(204);

        given().get("/sim/v1/faults").then().statusCode(200).body("faults", hasSize(0));
        createFromReadyServer().statusCode(200);
    }

    @Test
    void resetClearsFaultsAndRestartsIds() {
        SimControls.injectFault("vm_lookup");

        Ims.resetToFixtures();

        given().get("/sim/v1/faults").then().statusCode(200).body("faults", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("operation", "vm_lookup"))
                .post("/sim/v1/faults")
                .then().statusCode(201)
                .body("id", equalTo("fault-1"));
    }

    @Test
    void operationsListEveryDependencyWithItsCode() {
        given().get("/sim/v1/faults/operations")
                .then().statusCode(200)
                .body("operations", hasSize(21))
                .body("operations.operation", hasItem("member_add"))
                .body("operations.find { it.operation == 'shadow_account_domain' }.code", equalTo("IMG.0053"))
                .body("operations.find { it.operation == 'job_execution' }.message",
                        equalTo("Unknown system error."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json                | {                                                       | SIM.0001",
        "array body              | []                                                      | SIM.0001",
        "unknown field           | {\"operation\":\"vm_lookup\",\"colour\":\"red\"}        | SIM.0001",
        "times as text           | {\"operation\":\"vm_lookup\",\"times\":\"two\"}         | SIM.0001",
        "operation missing       | {\"times\":1}                                           | SIM.0002",
        "operation unknown       | {\"operation\":\"dns_lookup\"}                          | SIM.0002",
        "times zero              | {\"operation\":\"vm_lookup\",\"times\":0}               | SIM.0002",
        "times too large         | {\"operation\":\"vm_lookup\",\"times\":10001}           | SIM.0002",
        "times and until cleared | {\"operation\":\"vm_lookup\",\"times\":2,\"until_cleared\":true} | SIM.0002",
        "project malformed       | {\"operation\":\"vm_lookup\",\"project_id\":\"acme\"}  | SIM.0002",
        "project unknown         | {\"operation\":\"vm_lookup\",\"project_id\":\"0123456789abcdef0123456789abcdef\"} "
                + "| SIM.0003",
    })
    void injectRejectsBadBody(String scenario, String body, String code) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/sim/v1/faults")
                .then().statusCode(400)
                .body("error.code", equalTo(code));

        given().get("/sim/v1/faults").then().statusCode(200).body("faults", hasSize(0));
    }

    private static ValidatableResponse createFromReadyServer() {
        return Ims.asAlice()
                .body(Map.of("name", "image-" + System.nanoTime(), "instance_id", Fixture.READY_SERVER))
                .post("/v2/cloudimages/action")
                .then();
    }
}
