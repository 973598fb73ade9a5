package io.imsservice.api.auth;

import static io.imsservice.sim.FixtureCredentials.ACME_DEV_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ALICE_AK;
import static io.imsservice.sim.FixtureCredentials.ALICE_SK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.huaweicloud.sdk.core.ClientBuilder;
import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.FieldExistence;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.http.LocationType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signs requests with the real Huawei Cloud Java SDK signer: the SDK core client calls the test probe as it calls
 * an IMS operation, with a query parameter that needs encoding and a JSON body. SDK 3.1.143 sends the body
 * chunked, which the probe reports.
 */
@QuarkusTest
class SdkSignedRequestTest {

    /** Request of the probe operation, shaped like the SDK's generated request classes. */
    public static class ProbeRequest {
        private String createdAt;
        private ProbeBody body;

        public String getCreatedAt() {
            return createdAt;
        }

        public void setCreatedAt(String createdAt) {
            this.createdAt = createdAt;
        }

        public ProbeBody getBody() {
            return body;
        }

        public void setBody(ProbeBody body) {
            this.body = body;
        }
    }

    /** JSON body of the probe request. */
    public static class ProbeBody {
        @JsonProperty("name")
        public String name;

        @JsonProperty("tags")
        public List<String> tags;
    }

    /** What the probe returns, read by the SDK's JSON mapper. */
    public static class ProbeResponse extends SdkResponse {
        @JsonProperty("caller")
        public Map<String, Object> caller;

        @JsonProperty("query")
        public Map<String, List<String>> query;

        @JsonProperty("body")
        public String body;

        @JsonProperty("transferEncoding")
        public String transferEncoding;
    }

    private static final HttpRequestDef<ProbeRequest, ProbeResponse> PROBE = HttpRequestDef
            .builder(HttpMethod.POST, ProbeRequest.class, ProbeResponse.class)
            .withName("Probe")
            .withUri("/auth-probe")
            .withContentType("application/json;charset=UTF-8")
            .withRequestField("created_at", LocationType.Query, FieldExistence.NULL_IGNORE, String.class,
                    field -> field.withMarshaller(ProbeRequest::getCreatedAt, ProbeRequest::setCreatedAt))
            .withRequestField("body", LocationType.Body, FieldExistence.NON_NULL_NON_EMPTY, ProbeBody.class,
                    field -> field.withMarshaller(ProbeRequest::getBody, ProbeRequest::setBody))
            .build();

    private record ProbeClient(HcClient hcClient) {
        ProbeResponse probe(ProbeRequest request) {
            return hcClient.syncInvokeHttp(request, PROBE);
        }
    }

    @Test
    void sdkSignatureVerifies() {
        ProbeClient client = client(ALICE_SK);

        ProbeResponse response = client.probe(request());

        assertThat(response.getHttpStatusCode()).isEqualTo(200);
        assertThat(response.caller.get("projectId")).isEqualTo(ACME_DEV_PROJECT);
        assertThat(response.query.get("created_at")).containsExactly("gt:2018-10-28T10:00:00Z");
        assertThat(response.body).contains("\"name\":\"sdk image\"");
        assertThat(response.transferEncoding).isEqualTo("chunked");
    }

    @Test
    void sdkSignatureWithWrongSecretIsRejected() {
        ProbeClient client = client("0000000000000000000000000000000000000000");

        ClientRequestException failure = catchThrowableOfType(ClientRequestException.class,
                () -> client.probe(request()));

        assertThat(failure.getHttpStatusCode()).isEqualTo(401);
        assertThat(failure.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(failure.getErrorMsg()).endsWith("verify aksk signature fail");
        assertThat(failure.getRequestId()).isNotBlank();
    }

    private static ProbeRequest request() {
        ProbeBody body = new ProbeBody();
        body.name = "sdk image";
        body.tags = List.of("os=linux", "team=a b");
        ProbeRequest request = new ProbeRequest();
        request.setCreatedAt("gt:2018-10-28T10:00:00Z");
        request.setBody(body);
        return request;
    }

    private static ProbeClient client(String secretKey) {
        BasicCredentials credentials = new BasicCredentials()
                .withAk(ALICE_AK)
                .withSk(secretKey)
                .withProjectId(ACME_DEV_PROJECT);
        return new ClientBuilder<>(ProbeClient::new)
                .withCredential(credentials)
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of("http://127.0.0.1:" + RestAssured.port))
                .build();
    }
}
