package io.imsservice.api.auth;

import static io.imsservice.api.auth.TokenAuthenticationTest.assertGatewayRejection;
import static io.imsservice.sim.FixtureCredentials.ACME_DEV_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ACME_DOMAIN;
import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ALICE;
import static io.imsservice.sim.FixtureCredentials.ALICE_AK;
import static io.imsservice.sim.FixtureCredentials.ALICE_SK;
import static io.imsservice.sim.FixtureCredentials.GLOBEX_PROJECT;
import static io.imsservice.sim.FixtureCredentials.READER_AK;
import static io.imsservice.sim.FixtureCredentials.READER_SK;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AkSkAuthenticationTest {

    private static final TestSigner ALICE_SIGNER = new TestSigner(ALICE_AK, ALICE_SK);

    @Test
    void signedGetSetsCaller() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        JsonPath probe = send("GET", "/auth-probe", null, headers, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(probe.getString("caller.projectId")).isEqualTo(ACME_PROJECT);
        assertThat(probe.getString("caller.domainId")).isEqualTo(ACME_DOMAIN);
        assertThat(probe.getString("caller.userId")).isEqualTo(ALICE);
        assertThat(probe.getString("caller.region")).isEqualTo("cn-north-4");
        assertThat(probe.getList("caller.roles", String.class)).containsExactly("te_admin");
    }

    @Test
    void encodedQueryWithColonsAndEqualsVerifies() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("tag", List.of("os=linux", "env=a b"));
        query.put("created_at", List.of("gt:2018-10-28T10:00:00Z"));
        query.put("__imagetype", List.of("gold"));
        query.put("flag", List.of(""));
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", query, baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());
        String rawQuery = "tag=os%3Dlinux&created_at=gt%3A2018-10-28T10%3A00%3A00Z&tag=env%3Da+b"
                + "&__imagetype=gold&flag=";

        JsonPath probe = send("GET", "/auth-probe", rawQuery, headers, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(probe.getList("query.tag", String.class)).containsExactly("os=linux", "env=a b");
        assertThat(probe.getList("query.created_at", String.class)).containsExactly("gt:2018-10-28T10:00:00Z");
    }

    @Test
    void unencodedQueryVerifies() {
        Map<String, List<String>> query = Map.of("created_at", List.of("gt:2018-10-28T10:00:00Z"),
                "tag", List.of("k=v"));
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", query, baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        int status = send("GET", "/auth-probe", "tag=k=v&created_at=gt:2018-10-28T10:00:00Z", headers, null)
                .statusCode();

        assertThat(status).isEqualTo(200);
    }

    @Test
    void signedBodyVerifiesAndStaysReadable() {
        byte[] body = "{\"name\":\"image-\u00e9\",\"instance_id\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = ALICE_SIGNER.sign("POST", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                body, Instant.now());

        String echoed = send("POST", "/auth-probe", null, headers, body)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("body");

        assertThat(echoed).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void emptyBodyVerifies() {
        Map<String, String> headers = ALICE_SIGNER.sign("POST", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        int status = send("POST", "/auth-probe", null, headers, new byte[0]).statusCode();

        assertThat(status).isEqualTo(200);
    }

    @Test
    void unsignedPayloadSkipsBodyHash() {
        Map<String, String> toSign = baseHeaders(ACME_PROJECT);
        toSign.put("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
        Map<String, String> headers = ALICE_SIGNER.sign("PUT", "/auth-probe", Map.of(), toSign, new byte[0],
                Instant.now());
        byte[] body = "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"x\"}]".getBytes(StandardCharsets.UTF_8);

        String echoed = send("PUT", "/auth-probe", null, headers, body)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("body");

        assertThat(echoed).isEqualTo(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void projectHeaderSelectsProject() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(),
                baseHeaders(ACME_DEV_PROJECT), new byte[0], Instant.now());

        String projectId = send("GET", "/auth-probe", null, headers, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("caller.projectId");

        assertThat(projectId).isEqualTo(ACME_DEV_PROJECT);
    }

    @Test
    void pathProjectServesWithoutProjectHeader() {
        String path = "/v1/" + ACME_DEV_PROJECT + "/auth-probe";
        Map<String, String> toSign = new LinkedHashMap<>();
        toSign.put("Host", host());
        Map<String, String> headers = ALICE_SIGNER.sign("GET", path, Map.of(), toSign, new byte[0], Instant.now());

        String projectId = send("GET", path, null, headers, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("caller.projectId");

        assertThat(projectId).isEqualTo(ACME_DEV_PROJECT);
    }

    @Test
    void readOnlyAccessKeyHasReadOnlyRole() {
        TestSigner reader = new TestSigner(READER_AK, READER_SK);
        Map<String, String> headers = reader.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        JsonPath probe = send("GET", "/auth-probe", null, headers, null)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(probe.getList("caller.roles", String.class)).containsExactly("readonly");
        assertThat(probe.getBoolean("readOnly")).isTrue();
    }

    @Test
    void wrongSecretKeyIsRejected() {
        TestSigner forger = new TestSigner(ALICE_AK, "not-the-secret-key");
        Map<String, String> headers = forger.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "verify aksk signature fail");
    }

    @Test
    void alteredBodyIsRejected() {
        byte[] signedBody = "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = "{\"name\":\"b\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = ALICE_SIGNER.sign("POST", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                signedBody, Instant.now());

        Response response = send("POST", "/auth-probe", null, headers, sentBody);

        assertGatewayRejection(response, "verify aksk signature fail");
    }

    @Test
    void alteredQueryIsRejected() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of("limit", List.of("10")),
                baseHeaders(ACME_PROJECT), new byte[0], Instant.now());

        Response response = send("GET", "/auth-probe", "limit=11", headers, null);

        assertGatewayRejection(response, "verify aksk signature fail");
    }

    @Test
    void staleDateIsRejected() {
        Instant stale = Instant.now().minus(Duration.ofMinutes(20));
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], stale);

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "X-Sdk-Date " + TestSigner.SDK_DATE.format(stale) + " differs");
    }

    @Test
    void futureDateIsRejected() {
        Instant future = Instant.now().plus(Duration.ofMinutes(20));
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], future);

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "X-Sdk-Date " + TestSigner.SDK_DATE.format(future) + " differs");
    }

    @Test
    void malformedDateIsRejected() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());
        headers.put("X-Sdk-Date", "2024-01-31T09:30:00Z");

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "X-Sdk-Date 2024-01-31T09:30:00Z is not in");
    }

    @Test
    void unknownAccessKeyIsRejected() {
        TestSigner stranger = new TestSigner("NOSUCHACCESSKEY00000", ALICE_SK);
        Map<String, String> headers = stranger.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "access key NOSUCHACCESSKEY00000 not found");
    }

    @Test
    void unknownProjectIsRejected() {
        String project = "00000000000000000000000000000000";
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(project),
                new byte[0], Instant.now());

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "project " + project + " not found in the account of access key");
    }

    @Test
    void projectOfAnotherAccountIsRejected() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(),
                baseHeaders(GLOBEX_PROJECT), new byte[0], Instant.now());

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "project " + GLOBEX_PROJECT + " not found in the account of access key");
    }

    @Test
    void missingProjectIsRejected() {
        Map<String, String> toSign = new LinkedHashMap<>();
        toSign.put("Host", host());
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), toSign, new byte[0],
                Instant.now());

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "X-Project-Id header is missing");
    }

    @Test
    void otherAuthorizationSchemeIsRejected() {
        Response response = given()
                .header("Authorization", "Bearer abc")
                .when()
                .get("/auth-probe");

        assertGatewayRejection(response, "Authorization header must start with SDK-HMAC-SHA256");
    }

    @Test
    void authorizationWithoutSignatureIsRejected() {
        Map<String, String> headers = ALICE_SIGNER.sign("GET", "/auth-probe", Map.of(), baseHeaders(ACME_PROJECT),
                new byte[0], Instant.now());
        headers.put("Authorization", headers.get("Authorization").replaceAll(", Signature=.*", ""));

        Response response = send("GET", "/auth-probe", null, headers, null);

        assertGatewayRejection(response, "Authorization header has no Signature parameter");
    }

    static Map<String, String> baseHeaders(String projectId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host());
        headers.put("X-Project-Id", projectId);
        return headers;
    }

    static String host() {
        return "localhost:" + RestAssured.port;
    }

    /** Sends the request with the query exactly as given, so the test controls its encoding on the wire. */
    private static Response send(String method, String path, String rawQuery, Map<String, String> headers,
            byte[] body) {
        var request = given()
                .urlEncodingEnabled(false)
                .headers(headers);
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        String target = rawQuery == null ? path : path + "?" + rawQuery;
        return request.when().request(method, target);
    }
}
