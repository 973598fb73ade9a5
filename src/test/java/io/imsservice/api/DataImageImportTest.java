package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class DataImageImportTest {
    private static final Map<String, Object> DB_IMPORT = Bodies.of("name", "db-data", "image_url", Fixture.DB_QCOW2,
            "min_disk", 100);

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void importOfDataFileSucceeds() {
        String jobId = createJob(Bodies.with(Bodies.with(DB_IMPORT, "description", "database"),
                "image_tags", List.of(Map.of("key", "tier", "value", "db"))));

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsImportDataImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("db-data"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("virtual_env_type", equalTo("DataImage"))
                .body("disk_format", equalTo("zvhd2"))
                .body("min_disk", equalTo(100))
                .body("__os_type", equalTo("Linux"))
                .body("__root_origin", equalTo("file"))
                .body("__data_origin", equalTo("file," + Fixture.DB_QCOW2))
                .body("__image_size", equalTo("3221225472"))
                .body("__description", equalTo("database"))
                .body("tags", equalTo(List.of("tier=db")))
                .body("$", not(hasKey("__os_version")))
                .body("$", not(hasKey("__system__cmkid")));
    }

    @Test
    void encryptedWindowsDataImageRecordsKey() {
        String imageId = Ims.followJob(createJob(Bodies.with(Bodies.with(DB_IMPORT, "cmk_id", Fixture.KMS_KEY),
                "os_type", "Windows")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__system__cmkid", equalTo(Fixture.KMS_KEY))
                .body("__os_type", equalTo("Windows"));
    }

    @Test
    void importOnV21PathBehavesAlike() {
        String jobId = asAlice().body(DB_IMPORT).post("/v2.1/cloudimages/dataimages/action")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.followJob(jobId);
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("min_disk missing", Bodies.without(DB_IMPORT, "min_disk"),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("min_disk over 2048", Bodies.with(DB_IMPORT, "min_disk", 2049),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("os_type Other", Bodies.with(DB_IMPORT, "os_type", "Other"),
                        "IMG.0122", "The OS type is invalid."),
                Arguments.of("unknown key", Bodies.with(DB_IMPORT, "cmk_id", "00000000-0000-0000-0000-000000000000"),
                        "IMG.0095", "The KMS key does not exist."),
                Arguments.of("disabled key", Bodies.with(DB_IMPORT, "cmk_id", Fixture.KMS_KEY_DISABLED),
                        "IMG.0097", "The key is not enabled."),
                Arguments.of("key without access", Bodies.with(DB_IMPORT, "cmk_id", Fixture.KMS_KEY_DENIED),
                        "IMG.0099", "You do not have the permission to access the key."),
                Arguments.of("key without OBT permission", Bodies.with(DB_IMPORT, "cmk_id",
                        Fixture.KMS_KEY_WITHOUT_OBT),
                        "IMG.0100", "You do not have OBT permission of KMS."),
                Arguments.of("bucket name invalid", Bodies.with(DB_IMPORT, "image_url", "-bucket:a.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("bucket not accessible", Bodies.with(DB_IMPORT, "image_url",
                        Fixture.LOCKED_BUCKET + ":centos.qcow2"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket in another region", Bodies.with(DB_IMPORT, "image_url",
                        Fixture.SOUTH_BUCKET + ":centos.qcow2"),
                        "IMG.0058", "The region of the bucket where the image file is stored is inconsistent with "
                                + "that of the user."),
                Arguments.of("object missing", Bodies.with(DB_IMPORT, "image_url", "ims-images:data/none.qcow2"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("object not an image", Bodies.with(DB_IMPORT, "image_url", Fixture.TEXT_FILE),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("ISO file", Bodies.with(DB_IMPORT, "image_url", Fixture.UBUNTU_ISO),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("object over 128 GiB", Bodies.with(DB_IMPORT, "image_url", Fixture.BIG_QCOW2),
                        "IMG.0059", "The size of the image file exceeds the maximum allowed."),
                Arguments.of("name missing", Bodies.without(DB_IMPORT, "name"),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name too long", Bodies.with(DB_IMPORT, "name", "n".repeat(129)),
                        "IMG.0002", "The image name contains more than 128 characters."),
                Arguments.of("disabled enterprise project", Bodies.with(DB_IMPORT, "enterprise_project_id",
                        Fixture.RETIRED_ENTERPRISE_PROJECT),
                        "IMG.0156", "Failed to associate the image with the enterprise project ID."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void importRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v1/cloudimages/dataimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void emptyBodyIsRejected() {
        assertError(asAlice().post("/v1/cloudimages/dataimages/action").then(), 400,
                "IMG.0007", "The request body is empty.");

        Ims.assertNothingCreated();
    }

    @Test
    void duplicateNameIsRejected() {
        Ims.followJob(createJob(DB_IMPORT));

        assertError(asAlice().body(DB_IMPORT).post("/v1/cloudimages/dataimages/action").then(), 400,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void flowControlLimitIsRejected() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(DB_IMPORT).post("/v1/cloudimages/dataimages/action").then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post("/v1/cloudimages/dataimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
