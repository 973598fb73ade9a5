package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class QuickImportTest {
    private static final String FORMAT_MESSAGE = "Only image files in raw OR ZVHD2 format support the Fast Create "
            + "function. For raw image files, bitmaps must be uploaded to the OBS bucket together with image files.";
    private static final Map<String, Object> EULER = Bodies.of("name", "euler-quick",
            "image_url", Fixture.EULER_ZVHD2, "min_disk", 40, "os_version", "Huawei Cloud EulerOS 2.0 64bit");
    private static final Map<String, Object> RAW_DATA = Bodies.of("name", "raw-data", "type", "DataImage",
            "image_url", Fixture.RAW_WITH_BITMAP, "min_disk", 100, "os_type", "Windows");

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void quickImportOfEcsImageSucceeds() {
        String jobId = createJob(Bodies.with(EULER, "description", "fast"));

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsImportImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("euler-quick"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("virtual_env_type", equalTo("FusionCompute"))
                .body("disk_format", equalTo("zvhd2"))
                .body("min_disk", equalTo(40))
                .body("__os_version", equalTo("Huawei Cloud EulerOS 2.0 64bit"))
                .body("__platform", equalTo("Huawei Cloud EulerOS"))
                .body("__root_origin", equalTo("file"))
                .body("__data_origin", equalTo("file," + Fixture.EULER_ZVHD2))
                .body("__image_size", equalTo("42949672960"))
                .body("__description", equalTo("fast"))
                .body("hw_firmware_type", equalTo("bios"));
    }

    @Test
    void quickImportOfBmsImageMakesIronicImage() {
        String imageId = Ims.followJob(createJob(Bodies.with(EULER, "type", "BMS")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("Ironic"));
    }

    @Test
    void quickImportOfDataImageSucceeds() {
        String jobId = createJob(RAW_DATA);

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsImportDataImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("raw-data"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("DataImage"))
                .body("disk_format", equalTo("raw"))
                .body("min_disk", equalTo(100))
                .body("__os_type", equalTo("Windows"))
                .body("__data_origin", equalTo("file," + Fixture.RAW_WITH_BITMAP));
    }

    @Test
    void quickImportOnV21PathBehavesAlike() {
        String jobId = asAlice().body(EULER).post("/v2.1/cloudimages/quickimport/action")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.followJob(jobId);
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("type ISO", Bodies.with(EULER, "type", "IsoImage"),
                        "IMG.0157", "Incorrect image type."),
                Arguments.of("type unknown", Bodies.with(EULER, "type", "VM"),
                        "IMG.0157", "Incorrect image type."),
                Arguments.of("os_version missing", Bodies.without(EULER, "os_version"),
                        "IMG.0159", "The OS version is required when image files are used to create ECSs through "
                                + "the Fast Create function."),
                Arguments.of("os_version unknown", Bodies.with(EULER, "os_version", "BeOS 5"),
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("qcow2 file", Bodies.with(EULER, "image_url", Fixture.CENTOS_QCOW2),
                        "IMG.0158", FORMAT_MESSAGE),
                Arguments.of("raw without bitmap", Bodies.with(EULER, "image_url", Fixture.RAW_WITHOUT_BITMAP),
                        "IMG.0158", FORMAT_MESSAGE),
                Arguments.of("data image in qcow2", Bodies.with(RAW_DATA, "image_url", Fixture.DB_QCOW2),
                        "IMG.0158", FORMAT_MESSAGE),
                Arguments.of("file over 1 TiB", Bodies.with(EULER, "image_url", Fixture.HUGE_ZVHD2),
                        "IMG.0059", "The size of the image file exceeds the maximum allowed."),
                Arguments.of("min_disk zero", Bodies.with(EULER, "min_disk", 0),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("data image min_disk over 2048", Bodies.with(RAW_DATA, "min_disk", 2049),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("data image os_type Other", Bodies.with(RAW_DATA, "os_type", "Other"),
                        "IMG.0122", "The OS type is invalid."),
                Arguments.of("license type unknown", Bodies.with(EULER, "license_type", "free"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("name missing", Bodies.without(EULER, "name"),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("bucket name empty", Bodies.with(EULER, "image_url", ":x.zvhd2"),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("object missing", Bodies.with(EULER, "image_url", "ims-images:quick/none.zvhd2"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("unknown enterprise project", Bodies.with(EULER, "enterprise_project_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void quickImportRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v2/cloudimages/quickimport/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void emptyBodyIsRejected() {
        assertError(asAlice().post("/v2/cloudimages/quickimport/action").then(), 400,
                "IMG.0007", "The request body is empty.");

        Ims.assertNothingCreated();
    }

    @Test
    void flowControlLimitIsRejected() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(EULER).post("/v2/cloudimages/quickimport/action").then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post("/v2/cloudimages/quickimport/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
