package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.Sharing;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ImageExportTest {
    private static final long GIB = 1024L * 1024L * 1024L;
    private static final String EXPORT_JOB = "imsNativeExportImageJob";
    private static final Map<String, Object> QCOW2_EXPORT = Bodies.of("bucket_url",
            Fixture.EXPORTS_BUCKET + ":web/web-base.qcow2", "file_format", "qcow2");

    private static final String FILE_NAME_INVALID = "The file name contains invalid characters.";
    private static final String FORMAT_UNSUPPORTED = "The specified image format is not supported.";
    private static final String NOT_EXPORTABLE = "The image cannot be exported.";

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void exportWritesFileWhenJobSucceeds() {
        String imageId = Ims.createActiveServerImage("web-base");

        String jobId = exportJob(imageId, QCOW2_EXPORT);

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_id", matchesPattern("[0-9a-f]{32}"))
                .body("job_type", equalTo(EXPORT_JOB))
                .body("status", equalTo("SUCCESS"))
                .body("error_code", equalTo(null))
                .body("entities.image_id", equalTo(imageId));
        given().get("/sim/v1/buckets/{bucket}/objects/web/web-base.qcow2", Fixture.EXPORTS_BUCKET)
                .then().statusCode(200)
                .body("key", equalTo("web/web-base.qcow2"))
                .body("format", equalTo("qcow2"))
                .body("size_bytes", equalTo(40 * GIB));
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "shadow_account_domain|IMG.0053|"
                + "An error occurred when the domain information of the shadow account was obtained.",
        "bucket_creation|IMG.0038|An error occurred when the bucket was created.",
        "bucket_grant|IMG.0039|"
                + "An error occurred when read and write permissions of the bucket was granted to a specified user."
    })
    void exportJobFailsWithDependencyCode(String operation, String code, String message) {
        String imageId = Ims.createActiveServerImage("web-base");
        SimControls.injectFault(operation);

        String jobId = exportJob(imageId, QCOW2_EXPORT);

        Ims.assertJobFailed(asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId).then(),
                code, message);
        given().get("/sim/v1/buckets/{bucket}/objects/web/web-base.qcow2", Fixture.EXPORTS_BUCKET)
                .then().statusCode(404);
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"));
        exportJob(imageId, QCOW2_EXPORT);
    }

    @Test
    void imageBeingExportedCannotBeDeleted() {
        String imageId = Ims.createActiveServerImage("web-base");
        Ims.holdJobs();
        exportJob(imageId, QCOW2_EXPORT);

        assertError(asAlice().delete("/v2/images/{id}", imageId).then(), 409,
                "IMG.0148", "The image is being exported.");

        Ims.releaseJobs();
        asAlice().delete("/v2/images/{id}", imageId).then().statusCode(204);
    }

    @Test
    void exportWithoutFormatWritesVhd() {
        String imageId = Ims.createActiveServerImage("web-base");

        Ims.followJob(exportJob(imageId, Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":web-base.vhd")));

        exportedFile("web-base.vhd")
                .body("format", equalTo("vhd"));
    }

    @Test
    void exportOnV21PathBehavesAlike() {
        String imageId = Ims.createActiveServerImage("web-base");

        String jobId = asAlice().body(QCOW2_EXPORT).post("/v2.1/cloudimages/{id}/file", imageId)
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.followJob(jobId);
        exportedFile("web/web-base.qcow2")
                .body("format", equalTo("qcow2"));
    }

    @Test
    void quickExportWritesLargeImageAsZvhd2() {
        String imageId = Ims.createActiveServerImage("big");
        setProperties(imageId, Map.of("__image_size", Long.toString(200 * GIB)));

        Ims.followJob(exportJob(imageId, Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":big.zvhd2",
                "is_quick_export", true)));

        exportedFile("big.zvhd2")
                .body("format", equalTo("zvhd2"))
                .body("size_bytes", equalTo(200 * GIB));
    }

    @Test
    void secondExportWhileFirstRunsIsRejected() {
        String imageId = Ims.createActiveServerImage("web-base");
        Ims.holdJobs();
        String firstJob = exportJob(imageId, QCOW2_EXPORT);

        assertError(asAlice().body(Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":second.vhd"))
                .post("/v1/cloudimages/{id}/file", imageId).then(), 400,
                "IMG.0148", "The image is being exported.");

        given().get("/sim/v1/buckets/{bucket}/objects", Fixture.EXPORTS_BUCKET)
                .then().statusCode(200)
                .body("objects", hasSize(0));
        Ims.releaseJobs();
        Ims.followJob(firstJob);
        exportedFile("web/web-base.qcow2");
        given().get("/sim/v1/buckets/{bucket}/objects/second.vhd", Fixture.EXPORTS_BUCKET)
                .then().statusCode(404);
    }

    @Test
    void imageIsExportableAgainAfterJobEnds() {
        String imageId = Ims.createActiveServerImage("web-base");
        Ims.followJob(exportJob(imageId, QCOW2_EXPORT));

        Ims.followJob(exportJob(imageId, Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":again.vhd")));

        exportedFile("again.vhd");
    }

    @Test
    void fileWrittenWhileJobRanFailsJob() {
        String imageId = Ims.createActiveServerImage("web-base");
        Ims.holdJobs();
        String jobId = exportJob(imageId, QCOW2_EXPORT);
        SimControls.create("/sim/v1/buckets/" + Fixture.EXPORTS_BUCKET + "/objects",
                Bodies.of("key", "web/web-base.qcow2", "size_bytes", 10, "format", "other"));

        Ims.releaseJobs();

        asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("status", equalTo("FAIL"))
                .body("error_code", equalTo("IMG.0070"))
                .body("fail_reason", equalTo("The image file already exists. Confirm the file in the "
                        + "corresponding directory of the OBS bucket or in the OBS bucket."));
        exportedFile("web/web-base.qcow2")
                .body("size_bytes", equalTo(10))
                .body("format", equalTo("other"));
        Ims.followJob(exportJob(imageId, Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":retry.vhd")));
    }

    static Stream<Arguments> rejectedBodies() {
        String exports = Fixture.EXPORTS_BUCKET + ":";
        return Stream.of(
                Arguments.of("bucket_url missing", Bodies.of("file_format", "vhd"),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("bucket name empty", Bodies.of("bucket_url", ":web.vhd"),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("bucket name invalid", Bodies.of("bucket_url", "Ims_Exports:web.vhd"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("file name missing", Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET),
                        "IMG.0073", "The name of the exported file is empty."),
                Arguments.of("folder without file name", Bodies.of("bucket_url", exports + "web/"),
                        "IMG.0073", "The name of the exported file is empty."),
                Arguments.of("file name over 128 characters", Bodies.of("bucket_url", exports + "f".repeat(129)),
                        "IMG.0074", "The file name length exceeds the limit."),
                Arguments.of("key over 1024 bytes", Bodies.of("bucket_url",
                        exports + ("d".repeat(99) + "/").repeat(11) + "web.vhd"),
                        "IMG.0074", "The file name length exceeds the limit."),
                Arguments.of("file name with asterisk", Bodies.of("bucket_url", exports + "web*.vhd"),
                        "IMG.0075", FILE_NAME_INVALID),
                Arguments.of("file name starting with space", Bodies.of("bucket_url", exports + " web.vhd"),
                        "IMG.0075", FILE_NAME_INVALID),
                Arguments.of("empty folder name", Bodies.of("bucket_url", exports + "web//web.vhd"),
                        "IMG.0075", FILE_NAME_INVALID),
                Arguments.of("format vdi", Bodies.with(QCOW2_EXPORT, "file_format", "vdi"),
                        "IMG.0072", FORMAT_UNSUPPORTED),
                Arguments.of("format in upper case", Bodies.with(QCOW2_EXPORT, "file_format", "QCOW2"),
                        "IMG.0072", FORMAT_UNSUPPORTED),
                Arguments.of("format with quick export", Bodies.with(QCOW2_EXPORT, "is_quick_export", true),
                        "IMG.0072", FORMAT_UNSUPPORTED),
                Arguments.of("bucket missing", Bodies.of("bucket_url", "ims-nowhere:web.vhd"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket not accessible", Bodies.of("bucket_url", Fixture.LOCKED_BUCKET + ":web.vhd"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket in another region", Bodies.of("bucket_url", Fixture.SOUTH_BUCKET + ":web.vhd"),
                        "IMG.0058", "The region of the bucket where the image file is stored is inconsistent with "
                                + "that of the user."),
                Arguments.of("file exists", Bodies.of("bucket_url", Fixture.CENTOS_QCOW2),
                        "IMG.0070", "The image file already exists. Confirm the file in the corresponding "
                                + "directory of the OBS bucket or in the OBS bucket."),
                Arguments.of("quick export flag not boolean", Bodies.with(QCOW2_EXPORT, "is_quick_export", "yes"),
                        "IMG.0001", "The request message format is invalid."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void exportRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        String imageId = Ims.createActiveServerImage("web-base");

        assertError(asAlice().body(body).post("/v1/cloudimages/{id}/file", imageId).then(), 400, code, message);

        assertNothingExported();
        Ims.followJob(exportJob(imageId, QCOW2_EXPORT));
    }

    static Stream<Arguments> rejectedImages() {
        return Stream.of(
                Arguments.of("image saving", Map.of(), "saving",
                        "IMG.0046", "The image is unavailable."),
                Arguments.of("image killed", Map.of(), "killed",
                        "IMG.0046", "The image is unavailable."),
                Arguments.of("full-ECS image", Map.of("__whole_image", "true"), null,
                        "IMG.0128", "The full-ECS image cannot be exported."),
                Arguments.of("Marketplace image", Map.of("__imagetype", "market"), null,
                        "IMG.0078", "The Marketplace image or private image created from a Marketplace image "
                                + "cannot be exported."),
                Arguments.of("made from a Marketplace image", Map.of("__productcode", "00301-110058-0--0"), null,
                        "IMG.0078", "The Marketplace image or private image created from a Marketplace image "
                                + "cannot be exported."),
                Arguments.of("made from a charged image", Map.of("__account_code", "windows-license"), null,
                        "IMG.0079", "The system disk image created from a charged image cannot be exported."),
                Arguments.of("made from a backup", Map.of("__backup_id", Fixture.CSBS_BACKUP), null,
                        "IMG.0080", "The image created from a CSBS backup cannot be exported."),
                Arguments.of("ISO image", Map.of("virtual_env_type", "IsoImage"), null,
                        "IMG.0081", "The image cannot be exported because it is created from an image file."),
                Arguments.of("over 128 GiB", Map.of("__image_size", Long.toString(128 * GIB + 1)), null,
                        "IMG.0071", NOT_EXPORTABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedImages")
    void exportRejectsImage(String scenario, Map<String, String> properties, String status, String code,
            String message) {
        String imageId = Ims.createActiveServerImage("web-base");
        Map<String, Object> state = new HashMap<>();
        state.put("attributes", properties);
        if (status != null) {
            state.put("status", status);
        }
        SimControls.patch("/sim/v1/images/" + imageId, state);

        assertError(asAlice().body(QCOW2_EXPORT).post("/v1/cloudimages/{id}/file", imageId).then(), 400,
                code, message);

        assertNothingExported();
    }

    @Test
    void imageOf128GibIsExported() {
        String imageId = Ims.createActiveServerImage("web-base");
        setProperties(imageId, Map.of("__image_size", Long.toString(128 * GIB)));

        Ims.followJob(exportJob(imageId, QCOW2_EXPORT));

        exportedFile("web/web-base.qcow2")
                .body("size_bytes", equalTo(128 * GIB));
    }

    @Test
    void quickExportOfOneTibIsRejected() {
        String imageId = Ims.createActiveServerImage("web-base");
        setProperties(imageId, Map.of("__image_size", Long.toString(1024 * GIB)));

        assertError(asAlice().body(Bodies.of("bucket_url", Fixture.EXPORTS_BUCKET + ":big.zvhd2",
                        "is_quick_export", true))
                .post("/v1/cloudimages/{id}/file", imageId).then(), 400, "IMG.0071", NOT_EXPORTABLE);

        assertNothingExported();
    }

    @Test
    void publicImageIsRejected() {
        assertError(asAlice().body(QCOW2_EXPORT).post("/v1/cloudimages/{id}/file", Fixture.PUBLIC_CENTOS_IMAGE)
                .then(), 400, "IMG.0077", "The public image cannot be exported.");

        assertNothingExported();
    }

    @Test
    void imageOfAnotherProjectIsRejected() {
        String devJobId = Ims.as(Fixture.ALICE_DEV_TOKEN)
                .body(Map.of("name", "dev-base", "instance_id", Fixture.DEV_SERVER))
                .post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
        String devImageId = Ims.as(Fixture.ALICE_DEV_TOKEN)
                .get("/v1/{project}/jobs/{job}", Fixture.ACME_DEV_PROJECT, devJobId)
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .extract().path("entities.image_id");

        assertError(asAlice().body(QCOW2_EXPORT).post("/v1/cloudimages/{id}/file", devImageId).then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");

        assertNothingExported();
    }

    @Test
    void imageSharedWithCallerIsOwnerOnly() {
        String imageId = Ims.createActiveServerImage("shared-base");
        Sharing.share(imageId, Fixture.ACME_DEV_PROJECT);
        Sharing.decide(Fixture.ALICE_DEV_TOKEN, imageId, Fixture.ACME_DEV_PROJECT, "accepted");

        assertError(Ims.as(Fixture.ALICE_DEV_TOKEN).body(QCOW2_EXPORT).post("/v1/cloudimages/{id}/file", imageId).then(), 400,
                "IMG.0106", "The image owner is another tenant.");
    }

    @Test
    void unknownImageIsRejected() {
        assertError(asAlice().body(QCOW2_EXPORT)
                .post("/v1/cloudimages/{id}/file", "00000000-0000-0000-0000-000000000000").then(), 400,
                "IMG.0027", "The image ID in the request does not exist.");

        assertNothingExported();
    }

    @Test
    void emptyBodyIsRejected() {
        String imageId = Ims.createActiveServerImage("web-base");

        assertError(asAlice().post("/v1/cloudimages/{id}/file", imageId).then(), 400,
                "IMG.0007", "The request body is empty.");

        assertNothingExported();
    }

    private static String exportJob(String imageId, Map<String, Object> body) {
        return asAlice().body(body).post("/v1/cloudimages/{id}/file", imageId)
                .then().statusCode(200)
                .extract().path("job_id");
    }

    private static void setProperties(String imageId, Map<String, String> properties) {
        SimControls.patch("/sim/v1/images/" + imageId, Map.of("attributes", properties));
    }

    private static ValidatableResponse exportedFile(String key) {
        return given().get("/sim/v1/buckets/{bucket}/objects/" + key, Fixture.EXPORTS_BUCKET)
                .then().statusCode(200);
    }

    /** Asserts that no export job exists in Alice's project and that the exports bucket is still empty. */
    private static void assertNothingExported() {
        given().get("/sim/v1/jobs?project_id=" + Fixture.ACME_PROJECT)
                .then().statusCode(200)
                .body("jobs.job_type", not(hasItem(EXPORT_JOB)));
        given().get("/sim/v1/buckets/{bucket}/objects", Fixture.EXPORTS_BUCKET)
                .then().statusCode(200)
                .body("objects", hasSize(0));
    }
}
