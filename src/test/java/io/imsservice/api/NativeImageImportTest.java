package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class NativeImageImportTest {
    private static final Map<String, Object> METADATA = Bodies.of("name", "glance-image",
            "__os_version", "CentOS 7.6 64bit", "container_format", "bare", "disk_format", "qcow2",
            "min_disk", 40, "min_ram", 1024);

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void metadataCreatesQueuedImage() {
        asAlice().body(Bodies.with(Bodies.with(METADATA, "tags", List.of("team=web", "plain")), "protected", true))
                .post("/v2/images")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("name", equalTo("glance-image"))
                .body("status", equalTo("queued"))
                .body("visibility", equalTo("private"))
                .body("protected", equalTo(true))
                .body("owner", equalTo(Fixture.ACME_PROJECT))
                .body("container_format", equalTo("bare"))
                .body("disk_format", equalTo("qcow2"))
                .body("min_disk", equalTo(40))
                .body("min_ram", equalTo(1024))
                .body("tags", equalTo(List.of("team=web", "plain")))
                .body("__os_version", equalTo("CentOS 7.6 64bit"))
                .body("__platform", equalTo("CentOS"))
                .body("__os_type", equalTo("Linux"))
                .body("__os_bit", equalTo("64"))
                .body("__imagetype", equalTo("private"))
                .body("__isregistered", equalTo("true"))
                .body("__image_size", equalTo("0"))
                .body("virtual_env_type", equalTo("FusionCompute"))
                .body("enterprise_project_id", equalTo("0"))
                .body("$", not(hasKey("active_at")));
    }

    @Test
    void metadataDefaultsApply() {
        asAlice().body(Bodies.of("name", "defaults"))
                .post("/v2/images")
                .then().statusCode(201)
                .body("disk_format", equalTo("zvhd2"))
                .body("container_format", equalTo("bare"))
                .body("min_disk", equalTo(0))
                .body("min_ram", equalTo(0))
                .body("protected", equalTo(false))
                .body("__os_version", equalTo("Other Linux(64 bit)"))
                .body("tags", hasSize(0));
    }

    static Stream<Arguments> rejectedMetadata() {
        return Stream.of(
                Arguments.of("name missing", Bodies.without(METADATA, "name"), 400,
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("name too long", Bodies.with(METADATA, "name", "n".repeat(129)), 400,
                        "IMG.0002", "The image name contains more than 128 characters."),
                Arguments.of("os version unknown", Bodies.with(METADATA, "__os_version", "BeOS 5"), 400,
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("container format ovf", Bodies.with(METADATA, "container_format", "ovf"), 400,
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("disk format vmdk", Bodies.with(METADATA, "disk_format", "vmdk"), 400,
                        "IMG.0072", "The specified image format is not supported."),
                Arguments.of("min_disk over 1024", Bodies.with(METADATA, "min_disk", 1025), 400,
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("min_ram negative", Bodies.with(METADATA, "min_ram", -1), 400,
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("tag key too long", Bodies.with(METADATA, "tags", List.of("k".repeat(37) + "=v")), 400,
                        "IMG.0115", "The image tag is invalid."),
                Arguments.of("eleven tags", Bodies.with(METADATA, "tags", IntStream.range(0, 11)
                        .mapToObj(i -> "k" + i).toList()), 400,
                        "IMG.0116", "The number of image tags exceeds the quota."),
                Arguments.of("public visibility", Bodies.with(METADATA, "visibility", "public"), 403,
                        "IMG.0026", "The operator does not have the rights to perform the operation."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedMetadata")
    void metadataRejectsBadRequest(String scenario, Map<String, Object> body, int status, String code,
            String message) {
        assertError(asAlice().body(body).post("/v2/images").then(), status, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void metadataWithTakenNameConflicts() {
        createMetadata(METADATA);

        assertError(asAlice().body(METADATA).post("/v2/images").then(), 409,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void metadataBeyondQuotaIsRejected() {
        SimControls.setQuota(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(METADATA).post("/v2/images").then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        Ims.assertNothingCreated();
    }

    @Test
    void readOnlyCallerCannotCreateMetadata() {
        assertError(Ims.as(Fixture.READER_TOKEN).body(METADATA).post("/v2/images").then(), 403,
                "IMG.0026", "The operator does not have the rights to perform the operation.");

        Ims.assertNothingCreated();
    }

    @Test
    void uploadFromObsActivatesImage() {
        String imageId = createMetadata(METADATA);

        String jobId = asAlice().body(Map.of("image_url", Fixture.CENTOS_QCOW2))
                .put("/v1/cloudimages/{id}/upload", imageId)
                .then().statusCode(200)
                .body("job_id", matchesPattern("[0-9a-f]{32}"))
                .extract().path("job_id");

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsNativeImportImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_id", equalTo(imageId));
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("disk_format", equalTo("qcow2"))
                .body("__image_size", equalTo("1879048192"))
                .body("__data_origin", equalTo("file," + Fixture.CENTOS_QCOW2))
                .body("__root_origin", equalTo("file"));
    }

    @Test
    void imageIsSavingWhileUploadRuns() {
        String imageId = createMetadata(METADATA);
        Ims.holdJobs();
        String jobId = upload(imageId, Fixture.CENTOS_QCOW2);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("saving"));
        assertError(asAlice().body(Map.of("image_url", Fixture.DB_QCOW2))
                .put("/v1/cloudimages/{id}/upload", imageId).then(), 400,
                "IMG.0046", "The image is unavailable.");

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"));
    }

    @Test
    void uploadIntoActiveImageIsRejected() {
        String imageId = createMetadata(METADATA);
        Ims.followJob(upload(imageId, Fixture.CENTOS_QCOW2));

        assertError(asAlice().body(Map.of("image_url", Fixture.DB_QCOW2))
                .put("/v1/cloudimages/{id}/upload", imageId).then(), 400,
                "IMG.0046", "The image is unavailable.");
    }

    static Stream<Arguments> rejectedUploads() {
        return Stream.of(
                Arguments.of("url missing", Bodies.of(), "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("bucket name invalid", Bodies.of("image_url", "Bad:x.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("bucket not accessible", Bodies.of("image_url", Fixture.LOCKED_BUCKET + ":centos.qcow2"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket in another region", Bodies.of("image_url",
                        Fixture.SOUTH_BUCKET + ":centos.qcow2"),
                        "IMG.0058", "The region of the bucket where the image file is stored is inconsistent with "
                                + "that of the user."),
                Arguments.of("object missing", Bodies.of("image_url", "ims-images:none.qcow2"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("object not an image", Bodies.of("image_url", Fixture.TEXT_FILE),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("object over 128 GiB", Bodies.of("image_url", Fixture.BIG_QCOW2),
                        "IMG.0059", "The size of the image file exceeds the maximum allowed."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedUploads")
    void uploadRejectsBadFile(String scenario, Map<String, Object> body, String code, String message) {
        String imageId = createMetadata(METADATA);

        assertError(asAlice().body(body).put("/v1/cloudimages/{id}/upload", imageId).then(), 400, code, message);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("queued"));
        given().get("/sim/v1/jobs?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("jobs", hasSize(0));
    }

    @Test
    void uploadWithoutBodyIsRejected() {
        String imageId = createMetadata(METADATA);

        assertError(asAlice().put("/v1/cloudimages/{id}/upload", imageId).then(), 400,
                "IMG.0007", "The request body is empty.");
    }

    @Test
    void uploadIntoUnknownImageIsRejected() {
        assertError(asAlice().body(Map.of("image_url", Fixture.CENTOS_QCOW2))
                .put("/v1/cloudimages/{id}/upload", "00000000-0000-0000-0000-000000000000").then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");

        Ims.assertNothingCreated();
    }

    @Test
    void uploadIntoPublicImageIsRejected() {
        assertError(asAlice().body(Map.of("image_url", Fixture.CENTOS_QCOW2))
                .put("/v1/cloudimages/{id}/upload", Fixture.PUBLIC_CENTOS_IMAGE).then(), 400,
                "IMG.0047", "This operation can be performed only by the image owner.");

        Ims.assertNothingCreated();
    }

    @Test
    void fileUploadActivatesImage() {
        String imageId = createMetadata(METADATA);
        byte[] file = new byte[4096];

        Ims.asAlice().contentType(ContentType.BINARY).body(file)
                .put("/v2/images/{id}/file", imageId)
                .then().statusCode(204);

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("__image_size", equalTo("4096"))
                .body("__root_origin", equalTo("file"));
    }

    @Test
    void emptyFileUploadIsRejected() {
        String imageId = createMetadata(METADATA);

        assertError(Ims.asAlice().contentType(ContentType.BINARY).body(new byte[0])
                .put("/v2/images/{id}/file", imageId).then(), 400,
                "IMG.0057", "The image file does not exist, is empty, or in the incorrect format.");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("queued"));
    }

    @Test
    void fileUploadIntoActiveImageConflicts() {
        String imageId = createMetadata(METADATA);
        Ims.asAlice().contentType(ContentType.BINARY).body(new byte[16])
                .put("/v2/images/{id}/file", imageId)
                .then().statusCode(204);

        assertError(Ims.asAlice().contentType(ContentType.BINARY).body(new byte[16])
                .put("/v2/images/{id}/file", imageId).then(), 409,
                "IMG.0046", "The image is unavailable.");
    }

    @Test
    void fileUploadIntoUnknownImageIsNotFound() {
        assertError(Ims.asAlice().contentType(ContentType.BINARY).body(new byte[16])
                .put("/v2/images/{id}/file", "00000000-0000-0000-0000-000000000000").then(), 404,
                "IMG.0027", "The image ID in the request does not exist.");
    }

    @Test
    void fileUploadIntoPublicImageIsForbidden() {
        assertError(Ims.asAlice().contentType(ContentType.BINARY).body(new byte[16])
                .put("/v2/images/{id}/file", Fixture.PUBLIC_CENTOS_IMAGE).then(), 403,
                "IMG.0047", "This operation can be performed only by the image owner.");
    }

    @Test
    void fileUploadAsJsonIsRejected() {
        String imageId = createMetadata(METADATA);

        assertError(asAlice().body("{}").put("/v2/images/{id}/file", imageId).then(), 400,
                "IMG.0001", "The request message format is invalid.");
    }

    @Test
    void flowControlLimitKeepsImageQueued() {
        String imageId = createMetadata(METADATA);
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(Map.of("image_url", Fixture.CENTOS_QCOW2))
                .put("/v1/cloudimages/{id}/upload", imageId).then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("queued"));
    }

    private static String createMetadata(Map<String, Object> body) {
        return asAlice().body(body).post("/v2/images")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static String upload(String imageId, String imageUrl) {
        return asAlice().body(Map.of("image_url", imageUrl))
                .put("/v1/cloudimages/{id}/upload", imageId)
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
