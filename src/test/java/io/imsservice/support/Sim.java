package io.imsservice.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Shortcuts for the simulation API, which changes the simulated cloud for one test. */
public final class Sim {

    private Sim() {
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
        return create("/sim/v1/disks", Bodies.of("project_id", projectId, "size_gb", sizeGb,
                "volume_type", volumeType));
    }

    public static void setQuota(String projectId, int privateImages) {
        given().contentType(ContentType.JSON)
                .body(Map.of("private_images", privateImages))
                .put("/sim/v1/quotas/{project}", projectId)
                .then().statusCode(200);
    }
}
