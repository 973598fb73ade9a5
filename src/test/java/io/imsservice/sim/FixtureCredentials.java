package io.imsservice.sim;

/** Ids and credentials of the default fixtures that tests use. */
public final class FixtureCredentials {
    public static final String ACME_DOMAIN = "9c01cec16cc1434213bd25fa1d01f1e3";
    public static final String ACME_PROJECT = "3169809b92f36bcf43d5addbbeb1f298";
    public static final String ACME_DEV_PROJECT = "9487c43fac40aea6089488d702d3d612";
    public static final String ACME_SOUTH_PROJECT = "a95d7cb0b584c77df31fc29aa4b60739";
    public static final String GLOBEX_DOMAIN = "38dbfdf7b0ff79cb4c47e12a51a6dfc9";
    public static final String GLOBEX_PROJECT = "03194c3e1d7edb823ff057346401ff27";

    public static final String ALICE = "01aac5c94638a1fd5e61697e299dbb4b";
    public static final String READER = "1b8082636dc992962df4e163157c6720";

    public static final String ALICE_TOKEN = "token-alice";
    public static final String READER_TOKEN = "token-reader";
    public static final String EXPIRED_TOKEN = "token-expired";

    public static final String ALICE_AK = "ALICEACCESSKEY000001";
    public static final String ALICE_SK = "15146aec8913f49a1a3f79c07465ec803e317077";
    public static final String READER_AK = "READERACCESSKEY00001";
    public static final String READER_SK = "9cf25134da921c02880f90052633dacfdd12ea14";

    public static final String READY_SERVER = "769a3921-26ba-537d-b2f0-908f1ce86fdf";
    public static final String READY_SYSTEM_DISK = "c3a13583-ecfa-573c-b861-09cb738978ef";
    public static final String READY_DATA_DISK = "a41e5232-b0d5-52ce-9699-9227aee82b49";
    public static final String FREE_DISK = "9afa28ec-6798-59c5-9949-dfb6c32ba074";
    public static final String DEV_SYSTEM_DISK = "a1307a00-fa5c-592b-8c4e-ee9e2ef91897";

    private FixtureCredentials() {
    }
}
