package io.imsservice.api.auth;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An SDK-HMAC-SHA256 signer written for the tests from the published algorithm, independent of the server's
 * verifier. It encodes with {@link URLEncoder} and fixes up the differences from RFC 3986, as the Huawei SDK does.
 */
final class TestSigner {
    static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String accessKeyId;
    private final String secretKey;

    TestSigner(String accessKeyId, String secretKey) {
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
    }

    /**
     * Signs a request and returns every header to send: the given ones, {@code X-Sdk-Date} and
     * {@code Authorization}.
     *
     * @param path decoded path, such as {@code /auth-probe}
     * @param query decoded query parameters, values in sending order
     * @param headers headers to sign besides {@code X-Sdk-Date}, {@code Host} included
     * @param body raw body, empty for none
     */
    Map<String, String> sign(String method, String path, Map<String, List<String>> query,
            Map<String, String> headers, byte[] body, Instant date) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        String sdkDate = SDK_DATE.format(date);
        sent.put("X-Sdk-Date", sdkDate);

        Map<String, String> signed = new TreeMap<>();
        sent.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        String signedNames = String.join(";", signed.keySet());
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));

        String payloadHash = sent.containsKey("X-Sdk-Content-Sha256")
                ? sent.get("X-Sdk-Content-Sha256")
                : hex(sha256(body));
        String canonicalRequest = method + "\n" + canonicalUri(path) + "\n" + canonicalQuery(query) + "\n"
                + canonicalHeaders + "\n" + signedNames + "\n" + payloadHash;
        String stringToSign = "SDK-HMAC-SHA256\n" + sdkDate + "\n"
                + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));

        sent.put("Authorization", "SDK-HMAC-SHA256 Access=" + accessKeyId + ", SignedHeaders=" + signedNames
                + ", Signature=" + hex(hmac(secretKey, stringToSign)));
        return sent;
    }

    private static String canonicalUri(String path) {
        if (path.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : path.split("/")) {
            uri.append(encode(segment)).append('/');
        }
        return uri.toString();
    }

    private static String canonicalQuery(Map<String, List<String>> query) {
        Map<String, List<String>> sorted = new TreeMap<>();
        query.forEach((name, values) -> sorted.put(encode(name), values.stream().map(TestSigner::encode).toList()));
        List<String> pairs = new ArrayList<>();
        sorted.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
        return String.join("&", pairs);
    }

    static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8")
                    .replace("+", "%20")
                    .replace("*", "%2A")
                    .replace("%7E", "~");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
