package io.imsservice.api;

import static io.imsservice.support.Ims.asAlice;
import static io.imsservice.support.Ims.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.imsservice.support.Bodies;
import io.imsservice.support.Fixture;
import io.imsservice.support.Ims;
import io.imsservice.support.SimControls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class FileImageImportTest {
    private static final Map<String, Object> CENTOS_IMPORT = Bodies.of("name", "centos-import",
            "image_url", Fixture.CENTOS_QCOW2, "min_disk", 40, "os_version", "CentOS 7.6 64bit");
    private static final Map<String, Object> ISO_IMPORT = Bodies.of("name", "ubuntu-iso",
            "image_url", Fixture.UBUNTU_ISO, "min_disk", 40, "os_version", "Ubuntu 22.04 server 64bit",
            "type", "IsoImage");
    private static final Map<String, Object> QUICK_IMPORT = Bodies.of("name", "euler-quick",
            "image_url", Fixture.EULER_ZVHD2, "min_disk", 40, "os_version", "Huawei Cloud EulerOS 2.0 64bit",
            "is_quick_import", true);
    private static final Map<String, Object> LOGS_FILE = Bodies.of("name", "logs", "image_url", Fixture.LOGS_VHD,
            "min_disk", 60);
    private static final Map<String, Object> ARCHIVE_FILE = Bodies.of("name", "archive",
            "image_url", Fixture.ARCHIVE_VMDK, "min_disk", 80);

    @BeforeEach
    void resetCloud() {
        Ims.resetToFixtures();
    }

    @Test
    void importOfQcow2FileSucceeds() {
        String jobId = createJob(Bodies.with(CENTOS_IMPORT, "description", "imported"));

        String imageId = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsImportImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("centos-import"))
                .body("entities", not(hasKey("sub_jobs_list")))
                .extract().path("entities.image_id");
        asAlice().get("/v2/cloudimages?id=" + imageId)
                .then().statusCode(200)
                .body("images", hasSize(1))
                .body("images[0].status", equalTo("active"))
                .body("images[0].virtual_env_type", equalTo("FusionCompute"))
                .body("images[0].disk_format", equalTo("zvhd2"))
                .body("images[0].min_disk", equalTo(40))
                .body("images[0].__root_origin", equalTo("file"))
                .body("images[0].__data_origin", equalTo("file," + Fixture.CENTOS_QCOW2))
                .body("images[0].__image_size", equalTo("1879048192"))
                .body("images[0].__os_version", equalTo("CentOS 7.6 64bit"))
                .body("images[0].__platform", equalTo("CentOS"))
                .body("images[0].__os_type", equalTo("Linux"))
                .body("images[0].__os_bit", equalTo("64"))
                .body("images[0].hw_firmware_type", equalTo("bios"))
                .body("images[0].__support_amd", equalTo("true"))
                .body("images[0].__support_arm", equalTo("false"))
                .body("images[0].__is_config_init", equalTo("false"))
                .body("images[0].__description", equalTo("imported"))
                .body("images[0]", not(hasKey("__system__cmkid")));
    }

    @Test
    void encryptedImportRecordsKey() {
        String imageId = Ims.followJob(createJob(Bodies.with(Bodies.with(CENTOS_IMPORT, "cmk_id", Fixture.KMS_KEY),
                "is_config", true)));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__system__cmkid", equalTo(Fixture.KMS_KEY))
                .body("__is_config_init", equalTo("true"));
    }

    @Test
    void importWithoutOsVersionRecordsOtherLinux() {
        String imageId = Ims.followJob(createJob(Bodies.without(CENTOS_IMPORT, "os_version")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__os_version", equalTo("Other Linux(64 bit)"))
                .body("__platform", equalTo("Other"))
                .body("__os_type", equalTo("Linux"));
    }

    @Test
    void windowsOsTypeWithoutVersionIsRecorded() {
        String imageId = Ims.followJob(createJob(Bodies.with(Bodies.without(CENTOS_IMPORT, "os_version"),
                "os_type", "Windows")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("__os_type", equalTo("Windows"))
                .body("__platform", equalTo("Other"));
    }

    @Test
    void isoImportMakesIsoImage() {
        String imageId = Ims.followJob(createJob(ISO_IMPORT));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("IsoImage"))
                .body("disk_format", equalTo("iso"))
                .body("__os_version", equalTo("Ubuntu 22.04 server 64bit"));
    }

    @Test
    void bmsImportMakesIronicImage() {
        String imageId = Ims.followJob(createJob(Bodies.with(CENTOS_IMPORT, "type", "BMS")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("Ironic"));
    }

    @Test
    void armImportUsesUefi() {
        String imageId = Ims.followJob(createJob(Bodies.with(Bodies.with(CENTOS_IMPORT, "architecture", "arm"),
                "os_version", "Huawei Cloud EulerOS 2.0 64bit with ARM")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("hw_firmware_type", equalTo("uefi"))
                .body("__support_arm", equalTo("true"))
                .body("__support_amd", equalTo("false"));
    }

    @Test
    void uefiIsKeptOnX86() {
        String imageId = Ims.followJob(createJob(Bodies.with(CENTOS_IMPORT, "hw_firmware_type", "uefi")));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("hw_firmware_type", equalTo("uefi"))
                .body("__support_amd", equalTo("true"));
    }

    @Test
    void importWithDataFilesMakesDataImages() {
        String jobId = createJob(Bodies.with(CENTOS_IMPORT, "data_images", List.of(LOGS_FILE, ARCHIVE_FILE)));

        JsonPath job = asAlice().get("/v1/{project}/jobs/{job}", Fixture.ACME_PROJECT, jobId)
                .then().statusCode(200)
                .body("job_type", equalTo("imsImportImageJob"))
                .body("status", equalTo("SUCCESS"))
                .body("entities.image_name", equalTo("centos-import"))
                .body("entities.sub_jobs_list", hasSize(2))
                .body("entities.sub_jobs_result.job_type", everyItem(equalTo("imsImportDataImageJob")))
                .body("entities.sub_jobs_result.status", everyItem(equalTo("SUCCESS")))
                .body("entities.sub_jobs_result.entities.image_name", equalTo(List.of("logs", "archive")))
                .extract().jsonPath();

        asAlice().get("/v2/images/{id}", job.getString("entities.image_id"))
                .then().statusCode(200)
                .body("virtual_env_type", equalTo("FusionCompute"));
        asAlice().get("/v2/images/{id}", job.getString("entities.sub_jobs_result[0].entities.image_id"))
                .then().statusCode(200)
                .body("status", equalTo("active"))
                .body("virtual_env_type", equalTo("DataImage"))
                .body("min_disk", equalTo(60))
                .body("disk_format", equalTo("zvhd2"))
                .body("__os_type", equalTo("Linux"))
                .body("__root_origin", equalTo("file"))
                .body("__data_origin", equalTo("file," + Fixture.LOGS_VHD))
                .body("__image_size", equalTo("5368709120"));
        asAlice().get("/v2/images/{id}", job.getString("entities.sub_jobs_result[1].entities.image_id"))
                .then().statusCode(200)
                .body("min_disk", equalTo(80))
                .body("__data_origin", equalTo("file," + Fixture.ARCHIVE_VMDK));
    }

    @Test
    void quickImportKeepsZvhd2() {
        String imageId = Ims.followJob(createJob(QUICK_IMPORT));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("disk_format", equalTo("zvhd2"))
                .body("__image_size", equalTo("42949672960"))
                .body("__os_version", equalTo("Huawei Cloud EulerOS 2.0 64bit"));
    }

    @Test
    void quickImportOfRawWithBitmapSucceeds() {
        String imageId = Ims.followJob(createJob(Bodies.with(QUICK_IMPORT, "image_url", Fixture.RAW_WITH_BITMAP)));

        asAlice().get("/v2/images/{id}", imageId)
                .then().statusCode(200)
                .body("disk_format", equalTo("raw"));
    }

    @Test
    void importOnV21PathBehavesAlike() {
        String jobId = asAlice().body(CENTOS_IMPORT).post("/v2.1/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");

        Ims.followJob(jobId);
    }

    static Stream<Arguments> rejectedBodies() {
        Map<String, Object> quickRaw = Bodies.with(QUICK_IMPORT, "image_url", Fixture.RAW_WITHOUT_BITMAP);
        return Stream.of(
                Arguments.of("min_disk missing", Bodies.without(CENTOS_IMPORT, "min_disk"),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("min_disk zero", Bodies.with(CENTOS_IMPORT, "min_disk", 0),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("min_disk over 1024", Bodies.with(CENTOS_IMPORT, "min_disk", 1025),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("type DataImage", Bodies.with(CENTOS_IMPORT, "type", "DataImage"),
                        "IMG.0117", "The image source can only be BMS or ECS."),
                Arguments.of("type unknown", Bodies.with(CENTOS_IMPORT, "type", "VM"),
                        "IMG.0117", "The image source can only be BMS or ECS."),
                Arguments.of("os_version unknown", Bodies.with(CENTOS_IMPORT, "os_version", "BeOS 5"),
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("ISO without os_version", Bodies.without(ISO_IMPORT, "os_version"),
                        "IMG.0056", "The OS type is invalid."),
                Arguments.of("os_type unknown", Bodies.with(CENTOS_IMPORT, "os_type", "Solaris"),
                        "IMG.0122", "The OS type is invalid."),
                Arguments.of("os_type against os_version", Bodies.with(CENTOS_IMPORT, "os_type", "Windows"),
                        "IMG.0122", "The OS type is invalid."),
                Arguments.of("architecture unknown", Bodies.with(CENTOS_IMPORT, "architecture", "ppc64"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("firmware unknown", Bodies.with(CENTOS_IMPORT, "hw_firmware_type", "legacy"),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("encrypted BMS image", Bodies.with(Bodies.with(CENTOS_IMPORT, "type", "BMS"),
                        "cmk_id", Fixture.KMS_KEY),
                        "IMG.0118", "The BMS image does not support KMS encryption."),
                Arguments.of("four data files", Bodies.with(CENTOS_IMPORT, "data_images", List.of(LOGS_FILE,
                        ARCHIVE_FILE, Bodies.of("name", "c", "image_url", Fixture.DB_QCOW2, "min_disk", 10),
                        Bodies.of("name", "d", "image_url", "ims-images:data/other.qcow2", "min_disk", 10))),
                        "IMG.0001", "The request message format is invalid."),
                Arguments.of("data file same as system file", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(Bodies.with(LOGS_FILE, "image_url", Fixture.CENTOS_QCOW2))),
                        "IMG.0123", "The image file address in the request is duplicate."),
                Arguments.of("data file given twice", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(LOGS_FILE, Bodies.with(ARCHIVE_FILE, "image_url", Fixture.LOGS_VHD))),
                        "IMG.0123", "The image file address in the request is duplicate."),
                Arguments.of("data file min_disk over 2048", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(Bodies.with(LOGS_FILE, "min_disk", 2049))),
                        "IMG.0055", "The memory or disk size is invalid."),
                Arguments.of("data file name missing", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(Bodies.without(LOGS_FILE, "name"))),
                        "IMG.0013", "The image name is not specified."),
                Arguments.of("data file url missing", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(Bodies.without(LOGS_FILE, "image_url"))),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("data file missing", Bodies.with(CENTOS_IMPORT, "data_images",
                        List.of(Bodies.with(LOGS_FILE, "image_url", "ims-images:data/none.vhd"))),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("image_url empty", Bodies.with(CENTOS_IMPORT, "image_url", ""),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("bucket name empty", Bodies.with(CENTOS_IMPORT, "image_url", ":centos.qcow2"),
                        "IMG.0068", "The specified bucket name is empty."),
                Arguments.of("bucket name upper case", Bodies.with(CENTOS_IMPORT, "image_url", "IMS-Images:a.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("bucket name with underscore", Bodies.with(CENTOS_IMPORT, "image_url", "ims_img:a.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("bucket name with two periods", Bodies.with(CENTOS_IMPORT, "image_url",
                        "ims..img:a.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("bucket name like an IP address", Bodies.with(CENTOS_IMPORT, "image_url",
                        "192.168.1.10:a.qcow2"),
                        "IMG.0109", "The bucket name contains invalid characters."),
                Arguments.of("object key empty", Bodies.with(CENTOS_IMPORT, "image_url", "ims-images:"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("no colon", Bodies.with(CENTOS_IMPORT, "image_url", "ims-images"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("bucket missing", Bodies.with(CENTOS_IMPORT, "image_url", "no-such-bucket:a.qcow2"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket not accessible", Bodies.with(CENTOS_IMPORT, "image_url",
                        Fixture.LOCKED_BUCKET + ":centos.qcow2"),
                        "IMG.0069", "The specified bucket cannot be accessed."),
                Arguments.of("bucket in another region", Bodies.with(CENTOS_IMPORT, "image_url",
                        Fixture.SOUTH_BUCKET + ":centos.qcow2"),
                        "IMG.0058", "The region of the bucket where the image file is stored is inconsistent with "
                                + "that of the user."),
                Arguments.of("object missing", Bodies.with(CENTOS_IMPORT, "image_url", "ims-images:none.qcow2"),
                        "IMG.0121", "The object cannot be found."),
                Arguments.of("object empty", Bodies.with(CENTOS_IMPORT, "image_url", Fixture.EMPTY_QCOW2),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("object not an image", Bodies.with(CENTOS_IMPORT, "image_url", Fixture.TEXT_FILE),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("ISO file as ECS image", Bodies.with(CENTOS_IMPORT, "image_url", Fixture.UBUNTU_ISO),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("qcow2 file as ISO image", Bodies.with(ISO_IMPORT, "image_url", Fixture.CENTOS_QCOW2),
                        "IMG.0057", "The image file does not exist, is empty, or in the incorrect format."),
                Arguments.of("object over 128 GiB", Bodies.with(CENTOS_IMPORT, "image_url", Fixture.BIG_QCOW2),
                        "IMG.0059", "The size of the image file exceeds the maximum allowed."),
                Arguments.of("quick import without os_version", Bodies.without(QUICK_IMPORT, "os_version"),
                        "IMG.0159", "The OS version is required when image files are used to create ECSs "
                                + "through the Fast Create function."),
                Arguments.of("quick import of qcow2", Bodies.with(QUICK_IMPORT, "image_url", Fixture.CENTOS_QCOW2),
                        "IMG.0158", "Only image files in raw OR ZVHD2 format support the Fast Create function. "
                                + "For raw image files, bitmaps must be uploaded to the OBS bucket together with "
                                + "image files."),
                Arguments.of("quick import of raw without bitmap", quickRaw,
                        "IMG.0158", "Only image files in raw OR ZVHD2 format support the Fast Create function. "
                                + "For raw image files, bitmaps must be uploaded to the OBS bucket together with "
                                + "image files."),
                Arguments.of("quick import over 1 TiB", Bodies.with(QUICK_IMPORT, "image_url", Fixture.HUGE_ZVHD2),
                        "IMG.0059", "The size of the image file exceeds the maximum allowed."),
                Arguments.of("unknown key", Bodies.with(CENTOS_IMPORT, "cmk_id",
                        "00000000-0000-0000-0000-000000000000"),
                        "IMG.0095", "The KMS key does not exist."),
                Arguments.of("key of another project", Bodies.with(CENTOS_IMPORT, "cmk_id", Fixture.KMS_KEY_OF_DEV),
                        "IMG.0095", "The KMS key does not exist."),
                Arguments.of("key without access", Bodies.with(CENTOS_IMPORT, "cmk_id", Fixture.KMS_KEY_DENIED),
                        "IMG.0099", "You do not have the permission to access the key."),
                Arguments.of("disabled key", Bodies.with(CENTOS_IMPORT, "cmk_id", Fixture.KMS_KEY_DISABLED),
                        "IMG.0097", "The key is not enabled."),
                Arguments.of("key without OBT permission", Bodies.with(CENTOS_IMPORT, "cmk_id",
                        Fixture.KMS_KEY_WITHOUT_OBT),
                        "IMG.0100", "You do not have OBT permission of KMS."),
                Arguments.of("unknown enterprise project", Bodies.with(CENTOS_IMPORT, "enterprise_project_id",
                        "default"),
                        "IMG.0155", "Failed to check the enterprise project ID validity."),
                Arguments.of("disabled enterprise project", Bodies.with(CENTOS_IMPORT, "enterprise_project_id",
                        Fixture.RETIRED_ENTERPRISE_PROJECT),
                        "IMG.0156", "Failed to associate the image with the enterprise project ID."),
                Arguments.of("with volume id", Bodies.with(CENTOS_IMPORT, "volume_id", Fixture.DETACHED_DATA_DISK),
                        "IMG.0021", "The resource type is unknown."),
                Arguments.of("name missing", Bodies.without(CENTOS_IMPORT, "name"),
                        "IMG.0013", "The image name is not specified."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBodies")
    void importRejectsBadRequest(String scenario, Map<String, Object> body, String code, String message) {
        assertError(asAlice().body(body).post("/v2/cloudimages/action").then(), 400, code, message);

        Ims.assertNothingCreated();
    }

    @Test
    void quickImportWithoutBitmapObjectIsRejected() {
        given().delete("/sim/v1/buckets/ims-images/objects/quick/disk.raw.bitmap").then().statusCode(204);

        assertError(asAlice().body(Bodies.with(QUICK_IMPORT, "image_url", Fixture.RAW_WITH_BITMAP))
                .post("/v2/cloudimages/action").then(), 400, "IMG.0158",
                "Only image files in raw OR ZVHD2 format support the Fast Create function. For raw image files, "
                        + "bitmaps must be uploaded to the OBS bucket together with image files.");

        Ims.assertNothingCreated();
    }

    @Test
    void partialQuotaCreatesNoImage() {
        SimControls.setQuota(Fixture.ACME_PROJECT, 2);

        assertError(asAlice().body(Bodies.with(CENTOS_IMPORT, "data_images", List.of(LOGS_FILE, ARCHIVE_FILE)))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0015", "The number of private images has reached the maximum allowed.");

        Ims.assertNothingCreated();
    }

    @Test
    void duplicateNameIsRejected() {
        Ims.followJob(createJob(CENTOS_IMPORT));

        assertError(asAlice().body(CENTOS_IMPORT).post("/v2/cloudimages/action").then(), 400,
                "IMG.0009", "The image name already exists.");
    }

    @Test
    void readOnlyCallerCannotImport() {
        assertError(Ims.as(Fixture.READER_TOKEN).body(CENTOS_IMPORT).post("/v2/cloudimages/action").then(), 400,
                "IMG.0026", "The operator does not have the rights to perform the operation.");

        Ims.assertNothingCreated();
    }

    @Test
    void flowControlLimitIsRejected() {
        SimControls.setMaxRunningJobs(Fixture.ACME_PROJECT, 0);

        assertError(asAlice().body(Bodies.with(CENTOS_IMPORT, "data_images", List.of(LOGS_FILE)))
                .post("/v2/cloudimages/action").then(), 400,
                "IMG.0060", "The number of tasks exceeds the flow control limit.");

        Ims.assertNothingCreated();
    }

    private static String createJob(Map<String, Object> body) {
        return asAlice().body(body).post("/v2/cloudimages/action")
                .then().statusCode(200)
                .extract().path("job_id");
    }
}
