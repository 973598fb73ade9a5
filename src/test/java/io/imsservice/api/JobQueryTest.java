package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobQueryTest {

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void progressQueryShowsRunningJob() {
        Ims.holdJobs();
        String jobId = Ims.createServerImage("slow");

        asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("RUNNING"))
                .body("job_type", equalTo("imsCreateImageByInstance"))
                .body("entities.image_name", equalTo("slow"))
                .body("entities.process_percent", greaterThanOrEqualTo(0.0f))
                .body("entities.process_percent", lessThan(100.0f));

        Ims.releaseJobs();

        asAlice().get("/v1/cloudimages/job/{job}", jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .body("entities.process_percent", equalTo(100.0f));
    }

    @Test
    void jobOfAnotherProjectIsUnknown() {
        String jobId = Ims.createServerImage("acme-only");

        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v1/cloudimages/job/{job}", jobId).then(), 400,
                "IMG.0031", "The resource ID in the request is incorrect.");
    }

    @Test
    void unknownJobIsRejected() {
        assertError(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, "0123456789abcdef0123456789abcdef")
                .then(), 400, "IMG.0031", "The resource ID in the request is incorrect.");
    }

    @Test
    void projectInPathMustBeCallers() {
        String jobId = Ims.createServerImage("acme-job");

        assertError(asAlice().get("/v1/{project}/jobs/{job}", Fixture.GLOBEX_PROJECT, jobId).then(), 400,
                "IMG.0030", "The project ID and token in the request are invalid.");
    }
}
