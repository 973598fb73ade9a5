package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A shared image stays private to its owner and members: on every path, other projects cannot find it. */
@QuarkusTest
class SharedImageVisibilityTest {
    private String imageId;
    private String shareJobId;

    @BeforeEach
    void shareImageWithBob() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("shared-with-bob");
        shareJobId = asAlice().body(Map.of("images", List.of(imageId), "projects", List.of(Fixture.GLOBEX_PROJECT)))
                .post("/v1/cloudimages/members")
                .then().statusCode(200)
                .extract().path("job_id");
        Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, "accepted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "?member_status=accepted", "?member_status=pending", "?member_status=rejected",
        "?visibility=shared", "?__imagetype=shared", "?id="})
    void outsiderListsNeverShowIt(String query) {
        String fullQuery = query.equals("?id=") ? query + imageId : query;

        Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v2/cloudimages" + fullQuery)
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
        Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v2/images" + fullQuery)
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
    }

    @Test
    void outsiderCannotReadOrChangeIt() {
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v2/images/{id}", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(List.of(Map.of("op", "replace", "path", "/name", "value", "stolen")))
                .patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).delete("/v2/images/{id}", imageId).then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v1/{project}/cloudimages/{id}/members",
                Fixture.ACME_DEV_PROJECT, imageId).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");
        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).get("/v1/cloudimages/job/{job}", shareJobId).then(), 400,
                "IMG.0031", "The resource ID in the request is incorrect.");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("shared-with-bob"));
    }

    @Test
    void memberCannotSeeOwnersJobs() {
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v1/{project}/jobs/{job}", Fixture.GLOBEX_PROJECT, shareJobId)
                .then(), 400, "IMG.0031", "The resource ID in the request is incorrect.");
    }

    @Test
    void memberCannotChangeOrDeleteIt() {
        assertError(Ims.as(Fixture.BOB_TOKEN)
                .body(List.of(Map.of("op", "replace", "path", "/name", "value", "mine-now")))
                .patch("/v2/cloudimages/{id}", imageId).then(), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");
        assertError(Ims.as(Fixture.BOB_TOKEN).delete("/v2/images/{id}", imageId).then(), 403,
                "IMG.0092", "The image can only be deleted by the owner.");

        Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("shared-with-bob"))
                .body("owner", equalTo(Fixture.ACME_PROJECT));
    }

    @Test
    void ownerPatchKeepsSharedView() {
        asAlice().body(List.of(Map.of("op", "replace", "path", "/name", "value", "renamed")))
                .patch("/v2/cloudimages/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("renamed"))
                .body("visibility", equalTo("shared"))
                .body("__imagetype", equalTo("shared"));

        Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("name", equalTo("renamed"));
    }

    @Test
    void sharedImageNeverTurnsPublic() {
        Ims.as(Fixture.BOB_TOKEN).get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("visibility", equalTo("shared"));
        Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?visibility=public")
                .then().statusCode(200)
                .body("images.id", not(hasItem(imageId)));
    }

    @Test
    void sharedImageCannotBePublished() {
        assertError(asAlice().body(Map.of("action", "publish"))
                .post("/v1/cloudimages/{id}/marketplace", imageId).then(), 400,
                "IMG.0052", "A shared image cannot be published in Marketplace.");
    }

    @Test
    void memberCannotExportOrCopyIt() {
        assertError(Ims.as(Fixture.BOB_TOKEN).body(Map.of("name", "stolen-copy"))
                .post("/v1/cloudimages/{id}/copy", imageId).then(), 400,
                "IMG.0106", "The image owner is another tenant.");
    }

    @Test
    void listRejectsUnknownMemberStatus() {
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v2/cloudimages?member_status=all").then(), 400,
                "IMG.0017", "The URL format is incorrect.");
        assertError(Ims.as(Fixture.BOB_TOKEN).get("/v2/images?member_status=Accepted").then(), 400,
                "IMG.0017", "The URL format is incorrect.");
    }
}
