package io.imsservice.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** REST Assured shortcuts for image sharing: Glance member calls and the batch member jobs. */
public final class Sharing {

    private Sharing() {
    }

    /** Alice shares her image with the project through the Glance call and the member is pending. */
    public static void share(String imageId, String projectId) {
        Ims.asAlice()
                .body(Map.of("member", projectId))
                .post("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .body("status", equalTo("pending"));
    }

    /** Accepts or rejects the image as the member project, through the Glance call. */
    public static void decide(String token, String imageId, String projectId, String status) {
        Ims.as(token)
                .body(Map.of("status", status))
                .put("/v2/images/{id}/members/{member}", imageId, projectId)
                .then().statusCode(200)
                .body("status", equalTo(status));
    }

    /** Returns the member status that the owner Alice reads, or {@code "none"} when the project is not a member. */
    public static String memberStatus(String imageId, String projectId) {
        List<Map<String, Object>> members = Ims.asAlice()
                .get("/v2/images/{id}/members", imageId)
                .then().statusCode(200)
                .extract().path("members");
        return members.stream()
                .filter(member -> projectId.equals(member.get("member_id")))
                .map(member -> (String) member.get("status"))
                .findFirst()
                .orElse("none");
    }

    /** Reads a job of Alice's project. */
    public static ValidatableResponse aliceJob(String jobId) {
        return Ims.asAlice()
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200);
    }
}
