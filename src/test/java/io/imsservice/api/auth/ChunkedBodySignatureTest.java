package io.imsservice.api.auth;

import static io.imsservice.sim.FixtureCredentials.ACME_PROJECT;
import static io.imsservice.sim.FixtureCredentials.ALICE_AK;
import static io.imsservice.sim.FixtureCredentials.ALICE_SK;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sends signed bodies with {@code Transfer-Encoding: chunked} over a plain socket, since HTTP clients pick the
 * framing themselves. The Huawei Java SDK can send bodies this way, so the verifier must hash the reassembled body.
 */
@QuarkusTest
class ChunkedBodySignatureTest {

    private static final List<String> CHUNKS = List.of("{\"name\":\"img", "-chunked\",", "\"min_disk\":40}");
    private static final int TIMEOUT_MILLIS = 10_000;

    @Test
    void chunkedBodyVerifiesAndStaysReadable() throws IOException {
        byte[] body = String.join("", CHUNKS).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signedHeaders(ALICE_SK, body);

        RawResponse response = postChunked(headers, CHUNKS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new JsonPath(response.body()).getString("body")).isEqualTo(new String(body, StandardCharsets.UTF_8));
        assertThat(new JsonPath(response.body()).getString("caller.projectId")).isEqualTo(ACME_PROJECT);
    }

    @Test
    void chunkedBodyWithWrongSignatureIsRejected() throws IOException {
        byte[] otherBody = "{\"name\":\"something else\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signedHeaders(ALICE_SK, otherBody);

        RawResponse response = postChunked(headers, CHUNKS);

        assertThat(response.status()).isEqualTo(401);
        assertThat(new JsonPath(response.body()).getString("error_msg")).endsWith("verify aksk signature fail");
    }

    @Test
    void oversizedChunkedBodyIsRejected() throws IOException {
        byte[] megabyte = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        List<String> chunks = Collections.nCopies(13, new String(megabyte, StandardCharsets.US_ASCII));
        Map<String, String> headers = signedHeaders(ALICE_SK, new byte[0]);

        RawResponse response = postChunked(headers, chunks);

        assertThat(response.status()).isEqualTo(413);
        assertThat(new JsonPath(response.body()).getString("error_code")).isEqualTo("APIGW.0201");
    }

    private static Map<String, String> signedHeaders(String secretKey, byte[] body) {
        Map<String, String> toSign = new LinkedHashMap<>();
        toSign.put("Host", "127.0.0.1:" + RestAssured.port);
        toSign.put("X-Project-Id", ACME_PROJECT);
        return new TestSigner(ALICE_AK, secretKey).sign("POST", "/auth-probe", Map.of(), toSign, body,
                Instant.now());
    }

    private record RawResponse(int status, String body) {
    }

    /** Posts the chunks as separate HTTP chunks and reads the response until the server closes the connection. */
    private static RawResponse postChunked(Map<String, String> headers, List<String> chunks) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();

            StringBuilder head = new StringBuilder("POST /auth-probe HTTP/1.1\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("Content-Type: application/json\r\n")
                    .append("Transfer-Encoding: chunked\r\n")
                    .append("Connection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (String chunk : chunks) {
                byte[] data = chunk.getBytes(StandardCharsets.UTF_8);
                out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(data);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    private static RawResponse parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int headerEnd = text.indexOf("\r\n\r\n");
        String head = text.substring(0, headerEnd);
        String body = text.substring(headerEnd + 4);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new RawResponse(status, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int position = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", position);
            int size = Integer.parseInt(chunked.substring(position, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
