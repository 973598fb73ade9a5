package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Flow control of async jobs per project (IMG.0060), driven through image creation from a server. */
@QuarkusTest
class FlowControlTest {
    private static final String FLOW_CONTROL_CODE = "IMG.0060";
    private static final String FLOW_CONTROL_MESSAGE = "The number of tasks exceeds the flow control limit.";

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void submissionBeyondLimitIsRejected() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 2);
        String thirdServer = SimControls.createReadyServer("ecs-third");
        Ims.holdJobs();
        createImage("first", Fixture.READY_SERVER).statusCode(200);
        createImage("second", Fixture.ARM_SERVER).statusCode(200);

        assertError(createImage("third", thirdServer), 400, FLOW_CONTROL_CODE, FLOW_CONTROL_MESSAGE);

        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(2))
                .body("images.name", containsInAnyOrder("first", "second"));
        assertThat(SimControls.serverTaskState(thirdServer)).isNull();
        asAlice().get("/v1/cloudimages/quota")
                .then().statusCode(200)
                .body("quotas.resources[0].used", equalTo(2));
    }

    @Test
    void slotFreesWhenJobSucceeds() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);
        String secondServer = SimControls.createReadyServer("ecs-second");
        Ims.holdJobs();
        String firstJob = createImage("first", Fixture.READY_SERVER).statusCode(200).extract().path("job_id");
        assertError(createImage("second", secondServer), 400, FLOW_CONTROL_CODE, FLOW_CONTROL_MESSAGE);

        Ims.releaseJobs();

        jobStatus(firstJob).body("status", equalTo("SUCCESS"));
        createImage("second", secondServer).statusCode(200);
    }

    @Test
    void slotFreesWhenJobFails() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);
        Ims.holdJobs();
        String firstJob = createImage("doomed", Fixture.READY_SERVER).statusCode(200).extract().path("job_id");
        String imageId = asAlice().get("/v2/cloudimages?name=doomed")
                .then().statusCode(200)
                .extract().path("images[0].id");
        SimControls.patchImage(imageId, Map.of("status", "active"));
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);

        Ims.releaseJobs();

        jobStatus(firstJob).body("status", equalTo("FAIL"));
        createImage("after-failure", Fixture.READY_SERVER).statusCode(200);
    }

    @Test
    void sequentialJobsStayWithinLimit() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);

        createImage("one", Fixture.READY_SERVER).statusCode(200);
        createImage("two", Fixture.READY_SERVER).statusCode(200);
        createImage("three", Fixture.READY_SERVER).statusCode(200);

        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(3));
    }

    @Test
    void zeroLimitRejectsEveryJob() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(createImage("never", Fixture.READY_SERVER), 400, FLOW_CONTROL_CODE, FLOW_CONTROL_MESSAGE);

        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(0));
        assertThat(SimControls.serverTaskState(Fixture.READY_SERVER)).isNull();
    }

    @Test
    void limitIsPerProject() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 1);
        Ims.holdJobs();
        createImage("acme", Fixture.READY_SERVER).statusCode(200);

        Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "dev", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200);
    }

    @Test
    void resetRestoresDefaultLimit() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        Ims.resetToFixtures();

        createImage("after-reset", Fixture.READY_SERVER).statusCode(200);
    }

    @Test
    void concurrentSubmissionsNeverExceedLimit() throws Exception {
        int limit = 3;
        int attempts = 8;
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            servers.add(SimControls.createReadyServer("ecs-parallel-" + i));
        }
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, limit);
        Ims.holdJobs();
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String name = "parallel-" + i;
            String serverId = servers.get(i);
            creates.add(() -> createImage(name, serverId).extract().asString());
        }

        List<String> bodies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> result : pool.invokeAll(creates, 60, TimeUnit.SECONDS)) {
                bodies.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(bodies).filteredOn(body -> body.contains("job_id")).hasSize(limit);
        assertThat(bodies).filteredOn(body -> body.contains(FLOW_CONTROL_CODE)).hasSize(attempts - limit);
        asAlice().get("/v2/cloudimages?__imagetype=private")
                .then().statusCode(200)
                .body("images", hasSize(limit));
    }

    @Test
    void limitRequiresValue() {
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/sim/v1/flow-control/{project}", Fixture.ACME_PROJECT)
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
    }

    @Test
    void limitRejectsNegativeValue() {
        given().contentType(ContentType.JSON)
                .body(Map.of("max_running_jobs", -1))
                .put("/sim/v1/flow-control/{project}", Fixture.ACME_PROJECT)
                .then().statusCode(400)
                .body("error.code", equalTo("SIM.0002"));
    }

    private static ValidatableResponse createImage(String name, String serverId) {
        return asAlice()
                .body(Map.of("name", name, "instance_id", serverId))
                .post("/v2/cloudimages/action")
                .then();
    }

    private static ValidatableResponse jobStatus(String jobId) {
        return asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200);
    }
}
