package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
class VolumeImageCreationTest {
    private static final Map<String, Object> FROM_DETACHED_DISK = Bodies.of("name", "from-volume",
            "volume_id", Fixture.DETACHED_DATA_DISK, "os_version", "CentOS 7.9 64bit");

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void createFromDataDiskSucceeds() {
        String jobId = asAlice().body(FROM_DETACHED_DISK).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsVolumeCreateImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("from-volume"))
                .extract().path("entities.image_id");
        asAlice().get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("active"))
                .body("images[0].virtual_env_type", equalTo("FusionCompute"))
                .body("images[0].__imagetype", equalTo("private"))
                .body("images[0].__data_origin", equalTo("volume," + Fixture.DETACHED_DATA_DISK))
                .body("images[0].min_disk", equalTo(100))
                .body("images[0].disk_format", equalTo("zvhd2"))
                .body("images[0].__image_size", equalTo(Long.toString(100L * 1024 * 1024 * 1024)))
                .body("images[0].__os_version", equalTo("CentOS 7.9 64bit"))
                .body("images[0].__platform", equalTo("CentOS"))
                .body("images[0].__os_type", equalTo("Linux"))
                .body("images[0].__os_bit", equalTo("64"))
                .body("images[0].hw_firmware_type", equalTo("bios"))
                .body("images[0].__support_arm", equalTo("false"))
                .body("images[0].__support_amd", equalTo("true"))
                .body("images[0].__whole_image", equalTo(false))
                .body("images[0].__backup_id", equalTo(""))
                .body("images[0].enterprise_project_id", equalTo("0"));
    }

    @Test
    void bmsTypeMakesIronicImage() {
        String imageId = Ims.followJob(createJob(Bodies.with(FROM_DETACHED_DISK, "type", "BMS")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("Ironic"));
    }

    @Test
    void armOsVersionMakesUefiArmImage() {
        String imageId = Ims.followJob(createJob(Bodies.with(FROM_DETACHED_DISK, "os_version",
                "Huawei Cloud EulerOS 2.0 64bit with ARM")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("hw_firmware_type", equalTo("uefi"))
                .body("__support_arm", equalTo("true"))
                .body("__support_amd", equalTo("false"))
                .body("__platform", equalTo("Huawei Cloud EulerOS"));
    }

    @Test
    void enterpriseProjectIsStored() {
        String imageId = Ims.followJob(createJob(Bodies.with(FROM_DETACHED_DISK, "enterprise_project_id",
                Fixture.PRODUCTION_ENTERPRISE_PROJECT)));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("enterprise_project_id", equalTo(Fixture.PRODUCTION_ENTERPRISE_PROJECT));
    }

    static Stream<Arguments> rejectedBodies() {
        return Stream.of(
                Arguments.of("volume id empty", Bodies.with(FROM_DETACHED_DISK, "volume_id", ""),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("os_version missing", Bodies.without(FROM_DETACHED_DISK, "os_version"),
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("os_version unknown", Bodies.with(FROM_DETACHED_DISK, "os_version", "BeOS 5"),
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("type ISO", Bodies.with(FROM_DETACHED_DISK, "type", "IsoImage"),
                        "IMG.0117", "The image source can only be BMS or ECS."),
                Arguments.of("type unknown", Bodies.with(FROM_DETACHED_DISK, "type", "VM"),
                        "IMG.0117", "The image source can only be BMS or ECS."),
                Arguments.of("architecture unknown", Bodies.with(FROM_DETACHED_DISK, "architecture", "mips"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("firmware unknown", Bodies.with(FROM_DETACHED_DISK, "hw_firmware_type", "efi"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("bios on arm", Bodies.with(Bodies.with(FROM_DETACHED_DISK, "architecture", "arm"),
                        "hw_firmware_type", "bios"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("unknown disk", Bodies.with(FROM_DETACHED_DISK, "volume_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("system disk", Bodies.with(FROM_DETACHED_DISK, "volume_id",
                        Fixture.READY_SERVER_SYSTEM_DISK),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("disk of another project", Bodies.with(FROM_DETACHED_DISK, "volume_id",
                        Fixture.DEV_SERVER_SYSTEM_DISK),
                        "IMG.0120", "The specified data disk ID is unavailable."),
                Arguments.of("unknown enterprise project", Bodies.with(FROM_DETACHED_DISK, "enterprise_project_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("enterprise project of another account", Bodies.with(FROM_DETACHED_DISK,
                        "enterprise_project_id", Fixture.GLOBEX_ENTERPRISE_PROJECT),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("disabled enterprise project", Bodies.with(FROM_DETACHED_DISK,
                        "enterprise_project_id", Fixture.RETIRED_ENTERPRISE_PROJECT),
                        "IMG.0156", "Failed to associate the image with the enterprise project ID."),
                Arguments.of("two sources", Bodies.with(FROM_DETACHED_DISK, "instance_id", Fixture.READY_SERVER),
                        "IMG.0021", "The resource type is unknown."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void createRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v2/cloudimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void dataDiskOfAnotherProjectIsUnavailable() {
        String diskId = SimControls.createDataDisk(Fixture.ACME_DEV_PROJECT, 50, "SSD");

        assertError(asAlice().body(Bodies.with(FROM_DETACHED_DISK, "volume_id", diskId))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0120", "The specified data disk ID is unavailable.");

        Ims.assertNothingCreated();
    }

    @Test
    void dessDiskIsRejected() {
        String diskId = SimControls.createDataDisk(Fixture.ACME_PROJECT, 50, "DESS");

        assertError(asAlice().body(Bodies.with(FROM_DETACHED_DISK, "volume_id", diskId))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0153", "DESS or DSS disks cannot be used to create images.");

        Ims.assertNothingCreated();
    }

    @Test
    void diskInErrorStateIsRejected() {
        SimControls.patch("/sim/v1/disks/" + Fixture.DETACHED_DATA_DISK, Bodies.of("status", "error"));

        assertError(asAlice().body(FROM_DETACHED_DISK).post("/v2/cloudimages/action").then(), 400,
                "IMG.0022", "The disk in the current state cannot be used to create images.");

        Ims.assertNothingCreated();
    }

    @Test
    void diskLargerThanSystemDiskLimitIsRejected() {
        String diskId = SimControls.createDataDisk(Fixture.ACME_PROJECT, 2048, "SSD");

        assertError(asAlice().body(Bodies.with(FROM_DETACHED_DISK, "volume_id", diskId))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0111", "The size of the system disk exceeds the maximum allowed.");

        Ims.assertNothingCreated();
    }

    @Test
    void duplicateNameIsRejected() {
        Ims.followJob(createJob(FROM_DETACHED_DISK));

        assertError(asAlice().body(FROM_DETACHED_DISK).post("/v2/cloudimages/action").then(), 400,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void usedQuotaIsRejected() {
        SimControls.setQuota(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(FROM_DETACHED_DISK).post("/v2/cloudimages/action").then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        Ims.assertNothingCreated();
    }

    @Test
    void flowControlLimitIsRejected() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(FROM_DETACHED_DISK).post("/v2/cloudimages/action").then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
