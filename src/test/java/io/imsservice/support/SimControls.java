package io.imsservice.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Simulation API shortcuts that set up the cloud and the service state for a test. */
public final class SimControls {

    private SimControls() {
    }

    /** Creates a stopped KVM server of the acme project with its own 40 GiB system disk and returns its id. */
    public static String createReadyServer(String name) {
        String diskId = given().contentType(ContentType.JSON)
                .body(Map.of("project_id", Fixture.ACME_PROJECT, "size_gb", 40, "bootable", true))
                .post("/sim/v1/disks")
                .then().statusCode(201)
                .extract().path("id");
        return given().contentType(ContentType.JSON)
                .body(Map.of("project_id", Fixture.ACME_PROJECT, "name", name, "system_disk_id", diskId))
                .post("/sim/v1/servers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Returns the server's ECS task state, or null when it is idle. */
    public static String serverTaskState(String serverId) {
        return given().get("/sim/v1/servers/{id}", serverId)
                .then().statusCode(200)
                .extract().path("task_state");
    }

    /** Sets the maximum number of unfinished async jobs of the project until the next reset. */
    public static void setMaxRunningJobs(String projectId, int limit) {
        given().contentType(ContentType.JSON)
                .body(Map.of("max_running_jobs", limit))
                .put("/sim/v1/flow-control/{project}", projectId)
                .then().statusCode(200);
    }

    /** Makes the next call of a dependency operation fail, for every project, and returns the fault id. */
    public static String injectFault(String operation) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("operation", operation))
                .post("/sim/v1/faults")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Changes simulated image state with PATCH /sim/v1/images/{image_id}. */
    public static void patchImage(String imageId, Map<String, Object> changes) {
        given().contentType(ContentType.JSON)
                .body(changes)
                .patch("/sim/v1/images/{id}", imageId)
                .then().statusCode(200);
    }

    /** Creates a resource, such as a disk at {@code /sim/v1/disks}, and returns its id. */
    public static String create(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Merges the body into a resource, such as {@code /sim/v1/disks/{id}}. */
    public static void patch(String path, Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .patch(path)
                .then().statusCode(200);
    }

    /** Creates an unattached data disk in the project and returns its id. */
    public static String createDataDisk(String projectId, int sizeGb, String volumeType) {
        return create("/sim/v1/disks", Map.of("project_id", projectId, "size_gb", sizeGb, "volume_type", volumeType));
    }

    /** Sets the private-image quota of the project until the next reset. */
    public static void setQuota(String projectId, int privateImages) {
        given().contentType(ContentType.JSON)
                .body(Map.of("private_images", privateImages))
                .put("/sim/v1/quotas/{project}", projectId)
                .then().statusCode(200);
    }
}
