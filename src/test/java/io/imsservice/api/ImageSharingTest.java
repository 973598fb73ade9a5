package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Success paths of image sharing: batch member jobs, Glance member calls, member queries and visibility. */
@QuarkusTest
class ImageSharingTest {
    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("to-share");
    }

    @Test
    void batchAddSharesWithEveryProjectAsPending() {
        String otherImage = Ims.createActiveServerImage("also-shared");

        String jobId = asAlice()
                .body(Map.of("images", List.of(imageId, otherImage),
                        "projects", List.of(Fixture.GLOBEX_PROJECT, Fixture.ACME_DEV_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .body("job_id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("job_id");

        Sharing.aliceJob(jobId)
                .body("status", equalTo("SUCCESS"))
                .body("job_type", equalTo("imsAddImageMembersJob"))
                .body("error_code", nullValue())
                .body("entities.results", hasSize(4))
                .body("entities.results[0].image_id", equalTo(imageId))
                .body("entities.results[0].project_id", equalTo(Fixture.GLOBEX_PROJECT))
                .body("entities.results[0].status", equalTo("success"));
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("pending");
        assertThat(Sharing.memberStatus(otherImage, Fixture.ACME_DEV_PROJECT)).isEqualTo("pending");
    }

    @Test
    void batchAcceptMakesImageListedForMember() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        String jobId = Ims.as(Fixture.BOB_TOKEN)
                .body(Map.of("images", List.of(imageId), "project_id", Fixture.GLOBEX_PROJECT,
                        "status", "accepted"))
                .put("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.as(Fixture.BOB_TOKEN).get("/v1/{project}/jobs/{job}", Fixture.GLOBEX_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .body("job_type", equalTo("imsUpdateImageMembersJob"))
                .body("entities.results[0].image_id", equalTo(imageId))
                .body("entities.results[0].project_id", equalTo(Fixture.GLOBEX_PROJECT));
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("accepted");
        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images.id", hasItem(imageId));
    }

    @Test
    void batchDeleteEndsMembership() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "accepted");

        String jobId = asAlice()
                .body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .delete("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Sharing.aliceJob(jobId)
                .body("status", equalTo("SUCCESS"))
                .body("job_type", equalTo("imsDelImageMembersJob"))
                .body("entities.results[0].project_id", equalTo(Fixture.GLOBEX_PROJECT));
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo("none");
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void batchDeleteSkipsProjectsThatAreNotMembers() {
        String jobId = asAlice()
                .body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .delete("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");

        Sharing.aliceJob(jobId).body("status", equalTo("SUCCESS"));
    }

    @Test
    void pendingImageHiddenUntilRequested() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
        Ims.as(Fixture.BOB_TOKEN)
                .get("/v2/cloudimages?member_status=pending&visibility=shared&__imagetype=shared")
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].id", equalTo(imageId))
                .body("images[0].visibility", equalTo("shared"))
                .body("images[0].__imagetype", equalTo("shared"))
                .body("images[0].owner", equalTo(Fixture.ACME_PROJECT));
    }

    @Test
    void acceptedImageShowsInBothListsAsShared() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "accepted");

        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?member_status=accepted&visibility=shared&__imagetype=shared")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/images?__imagetype=shared")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?member_status=pending")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
    }

    @Test
    void rejectedImageLeavesListButStaysReadable() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "rejected");

        Ims.as(Fixture.BOB_TOKEN).get("/v2/images")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/images?member_status=rejected&visibility=shared")
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("shared"));
    }

    @Test
    void ownerSeesSharedStateUntilLastMemberLeaves() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("shared"))
                .body("__imagetype", equalTo("shared"));
        asAlice().get("/v2/cloudimages?__imagetype=shared&owner=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("images.id", equalTo(List.of(imageId)));

        asAlice().delete("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("private"))
                .body("__imagetype", equalTo("private"));
    }

    @Test
    void glanceMemberLifecycle() {
        asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("status", equalTo("pending"))
                .body("image_id", equalTo(imageId))
                .body("member_id", equalTo(Fixture.GLOBEX_PROJECT))
                .body("schema", equalTo("/v2/schemas/member"))
                .body("member_type", equalTo("project"))
                .body("created_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        Ims.as(Fixture.BOB_TOKEN).body(Map.of("status", "accepted"))
                .put("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(200)
                .body("status", equalTo("accepted"));

        asAlice().get("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(200)
                .body("status", equalTo("accepted"));
        asAlice().get("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("schema", equalTo("/v2/schemas/members"))
                .body("members.member_id", equalTo(List.of(Fixture.GLOBEX_PROJECT)))
                .body("page_info.current_count", equalTo(1))
                .body("page_info", not(hasKey("next_marker")));

        asAlice().delete("/v2/images/{id}/members/{member}", imageId, Fixture.GLOBEX_PROJECT)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("members", hasSize(0));
    }

    @Test
    void glanceAddOfExistingMemberKeepsItsStatus() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "accepted");

        asAlice().body(Map.of("member", Fixture.GLOBEX_PROJECT))
                .post("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("status", equalTo("accepted"));
    }

    @Test
    void extensionMemberQueriesPageWithMarker() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.share(imageId, Fixture.ACME_DEV_PROJECT);

        String marker = asAlice()
                .get("/v1/{project}/cloudimages/{id}/members?limit=1", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("members", hasSize(1))
                .body("schema", equalTo("/v2/schemas/members"))
                .body("page_info.current_count", equalTo(1))
                .extract().path("page_info.next_marker");
        String first = asAlice()
                .get("/v1/{project}/cloudimages/{id}/members?limit=1", Fixture.ACME_PROJECT, imageId)
                .then().extract().path("members[0].member_id");

        asAlice().queryParam("marker", marker).queryParam("limit", 1)
                .get("/v1/{project}/cloudimages/{id}/members", Fixture.ACME_PROJECT, imageId)
                .then().statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].member_id", not(equalTo(first)))
                .body("page_info", not(hasKey("next_marker")));
        asAlice().get("/v1/{project}/cloudimages/{id}/members/{member}", Fixture.ACME_PROJECT, imageId,
                        Fixture.ACME_DEV_PROJECT)
                .then().statusCode(200)
                .body("member_id", equalTo(Fixture.ACME_DEV_PROJECT))
                .body("status", equalTo("pending"));
    }

    @Test
    void memberSeesOnlyItsOwnMembership() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.share(imageId, Fixture.ACME_DEV_PROJECT);

        Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("members.member_id", equalTo(List.of(Fixture.GLOBEX_PROJECT)));
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}/members/{member}", imageId,
                Fixture.ACME_DEV_PROJECT).then(), 404, "IMG.0121", "The object cannot be found.");
    }

    @Test
    void deletingSharedImageEndsMemberships() {
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "accepted");

        asAlice().delete("/v2/images/{id}", imageId)
                .then().statusCode(204);

        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?member_status=accepted")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
        assertError(asAlice().get("/v2/images/{id}/members", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .delete("/v1/cloudimages/members").then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");
    }
}
