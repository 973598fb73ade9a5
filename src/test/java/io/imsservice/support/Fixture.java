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

    public static final String PUBLIC_CENTOS_IMAGE = "b5c11765-0b77-5407-bf05-b9a1a719265b";

    private Fixture() {
    }
}
