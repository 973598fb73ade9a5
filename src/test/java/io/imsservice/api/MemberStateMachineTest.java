package io.imsservice.api;

import static io.imsservice.support.Ims.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The member state machine as a table: who may add, accept, reject or remove a membership in which state, through
 * the Glance calls and the batch jobs. Alice owns the image, Bob's project is the member in question and Alice's
 * dev project is outside the share. Each row checks the response and the member status that results; a rejected
 * call leaves the status as it was.
 */
@QuarkusTest
class MemberStateMachineTest {
    private static final Map<String, String> MESSAGES = Map.of(
            "IMG.0026", "The operator does not have the rights to perform the operation.",
            "IMG.0027", "The image ID in the request does not exist.",
            "IMG.0030", "The project ID and token in the request are invalid.",
            "IMG.0047", "This operation can be performed only by the image owner.",
            "IMG.0106", "The image owner is another tenant.",
            "IMG.0121", "The object cannot be found.");
    private static final Map<String, String> TOKENS = Map.of(
            "owner", Fixture.ALICE_TOKEN,
            "member", Fixture.BOB_TOKEN,
            "outsider", Fixture.ALICE_DEV_TOKEN);
    private static final Map<String, String> PROJECTS = Map.of(
            "owner", Fixture.ACME_PROJECT,
            "member", Fixture.GLOBEX_PROJECT,
            "outsider", Fixture.ACME_DEV_PROJECT);

    private String imageId;

    @BeforeEach
    void createImage() {
        Ims.resetToFixtures();
        imageId = Ims.createActiveServerImage("state-machine");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} when {4}")
    @CsvSource({
        // api,  actor,    action, target,   state,    status, code,     resulting state
        "glance, owner,    add,    member,   none,     200,    -,        pending",
        "glance, owner,    add,    member,   pending,  200,    -,        pending",
        "glance, owner,    add,    member,   accepted, 200,    -,        accepted",
        "glance, owner,    add,    member,   rejected, 200,    -,        rejected",
        "glance, member,   add,    outsider, none,     404,    IMG.0027, none",
        "glance, member,   add,    outsider, pending,  403,    IMG.0047, pending",
        "glance, member,   add,    outsider, accepted, 403,    IMG.0047, accepted",
        "glance, member,   add,    outsider, rejected, 403,    IMG.0047, rejected",
        "glance, outsider, add,    member,   none,     404,    IMG.0027, none",
        "glance, outsider, add,    member,   pending,  404,    IMG.0027, pending",
        "glance, member,   accept, member,   none,     404,    IMG.0027, none",
        "glance, member,   accept, member,   pending,  200,    -,        accepted",
        "glance, member,   accept, member,   accepted, 200,    -,        accepted",
        "glance, member,   accept, member,   rejected, 200,    -,        accepted",
        "glance, member,   reject, member,   none,     404,    IMG.0027, none",
        "glance, member,   reject, member,   pending,  200,    -,        rejected",
        "glance, member,   reject, member,   accepted, 200,    -,        rejected",
        "glance, member,   reject, member,   rejected, 200,    -,        rejected",
        "glance, owner,    accept, member,   none,     403,    IMG.0026, none",
        "glance, owner,    accept, member,   pending,  403,    IMG.0026, pending",
        "glance, owner,    reject, member,   accepted, 403,    IMG.0026, accepted",
        "glance, owner,    accept, member,   rejected, 403,    IMG.0026, rejected",
        "glance, outsider, accept, member,   none,     404,    IMG.0027, none",
        "glance, outsider, accept, member,   pending,  404,    IMG.0027, pending",
        "glance, outsider, reject, member,   accepted, 404,    IMG.0027, accepted",
        "glance, outsider, accept, outsider, rejected, 404,    IMG.0027, rejected",
        "glance, owner,    remove, member,   none,     404,    IMG.0121, none",
        "glance, owner,    remove, member,   pending,  204,    -,        none",
        "glance, owner,    remove, member,   accepted, 204,    -,        none",
        "glance, owner,    remove, member,   rejected, 204,    -,        none",
        "glance, member,   remove, member,   none,     404,    IMG.0027, none",
        "glance, member,   remove, member,   pending,  403,    IMG.0047, pending",
        "glance, member,   remove, member,   accepted, 403,    IMG.0047, accepted",
        "glance, member,   remove, member,   rejected, 403,    IMG.0047, rejected",
        "glance, outsider, remove, member,   none,     404,    IMG.0027, none",
        "glance, outsider, remove, member,   pending,  404,    IMG.0027, pending",
        "glance, outsider, remove, member,   accepted, 404,    IMG.0027, accepted",
        "glance, outsider, remove, member,   rejected, 404,    IMG.0027, rejected",
        "batch,  owner,    add,    member,   none,     200,    -,        pending",
        "batch,  owner,    add,    member,   pending,  200,    -,        pending",
        "batch,  owner,    add,    member,   accepted, 200,    -,        accepted",
        "batch,  owner,    add,    member,   rejected, 200,    -,        rejected",
        "batch,  member,   add,    outsider, none,     400,    IMG.0027, none",
        "batch,  member,   add,    outsider, pending,  400,    IMG.0106, pending",
        "batch,  member,   add,    outsider, accepted, 400,    IMG.0106, accepted",
        "batch,  outsider, add,    member,   rejected, 400,    IMG.0027, rejected",
        "batch,  member,   accept, member,   none,     400,    IMG.0027, none",
        "batch,  member,   accept, member,   pending,  200,    -,        accepted",
        "batch,  member,   accept, member,   accepted, 200,    -,        accepted",
        "batch,  member,   accept, member,   rejected, 200,    -,        accepted",
        "batch,  member,   reject, member,   pending,  200,    -,        rejected",
        "batch,  member,   reject, member,   accepted, 200,    -,        rejected",
        "batch,  member,   reject, member,   rejected, 200,    -,        rejected",
        "batch,  owner,    accept, member,   pending,  400,    IMG.0030, pending",
        "batch,  owner,    accept, owner,    pending,  400,    IMG.0026, pending",
        "batch,  outsider, accept, member,   accepted, 400,    IMG.0030, accepted",
        "batch,  outsider, reject, outsider, accepted, 400,    IMG.0027, accepted",
        "batch,  owner,    remove, member,   none,     200,    -,        none",
        "batch,  owner,    remove, member,   pending,  200,    -,        none",
        "batch,  owner,    remove, member,   accepted, 200,    -,        none",
        "batch,  owner,    remove, member,   rejected, 200,    -,        none",
        "batch,  member,   remove, member,   pending,  400,    IMG.0106, pending",
        "batch,  member,   remove, member,   accepted, 400,    IMG.0106, accepted",
        "batch,  outsider, remove, member,   rejected, 400,    IMG.0027, rejected",
    })
    void memberTransition(String api, String actor, String action, String target, String state, int status,
            String code, String resultingState) {
        bringMemberTo(state);

        Response response = call(api, actor, action, PROJECTS.get(target));

        if (code.equals("-")) {
            response.then().statusCode(status);
            if (api.equals("batch")) {
                assertJobSucceeded(actor, response.path("job_id"));
            }
        } else {
            assertError(response.then(), status, code, MESSAGES.get(code));
        }
        assertThat(Sharing.memberStatus(imageId, Fixture.GLOBEX_PROJECT)).isEqualTo(resultingState);
        assertThat(Sharing.memberStatus(imageId, Fixture.ACME_DEV_PROJECT)).isEqualTo("none");
    }

    private void bringMemberTo(String state) {
        if (state.equals("none")) {
            return;
        }
        Sharing.share(imageId, Fixture.GLOBEX_PROJECT);
        if (!state.equals("pending")) {
            Sharing.decide(Fixture.BOB_TOKEN, imageId, Fixture.GLOBEX_PROJECT, state);
        }
    }

    private Response call(String api, String actor, String action, String targetProject) {
        var request = Ims.as(TOKENS.get(actor));
        boolean glance = api.equals("glance");
        return switch (action) {
            case "add" -> glance
                    ? request.body(Map.of("member", targetProject)).post("/v2/images/{id}/members", imageId)
                    : request.body(Map.of("images", List.of(imageId), "projects", List.of(targetProject)))
                            .post("/v1/cloudimages/members");
            case "accept", "reject" -> {
                String status = action.equals("accept") ? "accepted" : "rejected";
                yield glance
                        ? request.body(Map.of("status", status))
                                .put("/v2/images/{id}/members/{member}", imageId, targetProject)
                        : request.body(Map.of("images", List.of(imageId), "project_id", targetProject,
                                        "status", status))
                                .put("/v1/cloudimages/members");
            }
            case "remove" -> glance
                    ? request.delete("/v2/images/{id}/members/{member}", imageId, targetProject)
                    : request.body(Map.of("images", List.of(imageId), "projects", List.of(targetProject)))
                            .delete("/v1/cloudimages/members");
            default -> throw new IllegalArgumentException("unknown action " + action);
        };
    }

    private static void assertJobSucceeded(String actor, String jobId) {
        Ims.as(TOKENS.get(actor))
                .get("/v1/{project}/jobs/{job}", PROJECTS.get(actor), jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
    }
}
