package io.imsservice.support;

/** Ids and credentials from the default fixtures file. */
public final class Fixture {
    public static final String ACME_PROJECT = "3169809b92f36bcf43d5addbbeb1f298";
    public static final String ACME_DEV_PROJECT = "9487c43fac40aea6089488d702d3d612";
    public static final String GLOBEX_PROJECT = "03194c3e1d7edb823ff057346401ff27";
    public static final String ACME_SOUTH_PROJECT = "a95d7cb0b584c77df31fc29aa4b60739";

    public static final String ALICE_TOKEN = "token-alice";
    public static final String ALICE_DEV_TOKEN = "token-alice-dev";
    public static final String READER_TOKEN = "token-reader";
    public static final String BOB_TOKEN = "token-bob";
    public static final String ALICE_SOUTH_TOKEN = "token-alice-south";

    public static final String READY_SERVER = "769a3921-26ba-537d-b2f0-908f1ce86fdf";
    public static final String READY_SERVER_SYSTEM_DISK = "c3a13583-ecfa-573c-b861-09cb738978ef";
    public static final String RUNNING_SERVER = "a5bea120-9c37-5623-943e-a2e2b50f656b";
    public static final String BUSY_SERVER = "1e4a16e0-7f79-545e-b379-166badfb9998";
    public static final String CONTAINER_SERVER = "55ab1769-aa7c-5f1f-afc7-7bcf9334070d";
    public static final String NO_SYSTEM_DISK_SERVER = "a3c71966-005e-5327-98c6-72b4ddc5b28e";
    public static final String DESS_SERVER = "c541fee6-0752-59e2-bce4-9628dfc6ec08";
    public static final String DISK_ERROR_SERVER = "47c1b76c-522e-5bdc-bd81-1d952b66ff3c";
    public static final String HUGE_DISK_SERVER = "af578d69-f4a4-507d-906e-f26b942ada56";
    public static final String ARM_SERVER = "c2ae97ff-a532-50ae-b961-0943d053a973";
    public static final String DEV_SERVER = "6bb8f6a6-b7ed-5280-ae2f-0636269d1388";

    public static final String READY_SERVER_DATA_DISK_1 = "a41e5232-b0d5-52ce-9699-9227aee82b49";
    public static final String READY_SERVER_DATA_DISK_2 = "d2ef2ca4-c69c-5ef2-8310-7bd432c1d4e4";
    public static final String NO_SYSTEM_DISK_SERVER_DATA_DISK = "15abe89f-78c7-59b9-bc5c-ee1803973ae2";
    public static final String DETACHED_DATA_DISK = "9afa28ec-6798-59c5-9949-dfb6c32ba074";
    public static final String DEV_SERVER_SYSTEM_DISK = "a1307a00-fa5c-592b-8c4e-ee9e2ef91897";
    public static final String BACKUP_RUNNING_SERVER = "431c2bb1-4f7d-5d3b-92d2-0e9b7b9cb4d9";

    public static final String IMAGES_BUCKET = "ims-images";
    public static final String LOCKED_BUCKET = "ims-locked";
    public static final String SOUTH_BUCKET = "ims-south";
    public static final String EXPORTS_BUCKET = "ims-exports";
    public static final String CENTOS_QCOW2 = "ims-images:centos/centos-7.6.qcow2";
    public static final String LOGS_VHD = "ims-images:data/logs.vhd";
    public static final String ARCHIVE_VMDK = "ims-images:data/archive.vmdk";
    public static final String DB_QCOW2 = "ims-images:data/db.qcow2";
    public static final String UBUNTU_ISO = "ims-images:iso/ubuntu-22.04.iso";
    public static final String EULER_ZVHD2 = "ims-images:quick/euler-2.0.zvhd2";
    public static final String RAW_WITH_BITMAP = "ims-images:quick/disk.raw";
    public static final String RAW_WITHOUT_BITMAP = "ims-images:quick/no-bitmap.raw";
    public static final String HUGE_ZVHD2 = "ims-images:quick/huge.zvhd2";
    public static final String BIG_QCOW2 = "ims-images:big/windows.qcow2";
    public static final String EMPTY_QCOW2 = "ims-images:empty.qcow2";
    public static final String TEXT_FILE = "ims-images:notes.txt";

    public static final String CSBS_BACKUP = "28067e69-bd72-51cb-a994-32a8e78dca90";
    public static final String CSBS_BACKUP_CREATING = "8fb76479-d106-523b-8278-3cd47cbc7cb1";
    public static final String CSBS_BACKUP_REGISTERED = "d70cf913-ad9f-50d8-95ad-60611676d869";
    public static final String CSBS_BACKUP_OF_DEV = "292d62e3-411b-5b3c-905f-66fb6e25c76e";
    public static final String CSBS_BACKUP_DATA_ONLY = "7c704ee1-0efe-5e1b-b7d2-6722cbaa686f";
    public static final String CBR_BACKUP = "8fc9d9ae-9d32-5b2c-b43a-a17f72a626ff";
    public static final String CBR_BACKUP_FAILED = "6f78a59a-6a51-549e-b36f-cdf45097ee29";
    public static final String CBR_BACKUP_REGISTERED = "0857c10b-7bcd-5e17-9689-5e438f475547";
    public static final String CBR_BACKUP_DATA_ONLY = "8b0bdef0-c5e6-5022-9dac-24211a1d7e06";
    public static final String CBR_VAULT = "bcbb0540-0063-537f-8936-fcf65c87628b";

    public static final String KMS_KEY = "aa3893ae-9653-572f-8d3f-38b455b9a31e";
    public static final String KMS_KEY_DISABLED = "252f99ff-4c0b-5e18-899f-d340b0f9efb4";
    public static final String KMS_KEY_DENIED = "8a7c67cc-11c1-53bb-b156-aa07767a3b6c";
    public static final String KMS_KEY_WITHOUT_OBT = "878cb10e-9d51-5dbc-b5bb-590d7b149fe5";
    public static final String KMS_KEY_OF_DEV = "88f52c49-3220-5f96-9a42-b5520bdea339";

    public static final String PRODUCTION_ENTERPRISE_PROJECT = "aecb28c8-3306-55b6-982e-148772a52977";
    public static final String RETIRED_ENTERPRISE_PROJECT = "a9d2acc6-7f20-5357-ad68-830afe23e0df";
    public static final String GLOBEX_ENTERPRISE_PROJECT = "0e765c76-e447-5066-bb52-ee4c4dbdf73a";

    public static final String PUBLIC_CENTOS_IMAGE = "b5c11765-0b77-5407-bf05-b9a1a719265b";

    private Fixture() {
    }
}
