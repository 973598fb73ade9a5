package io.imsservice.api.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Builds the canonical request of the SDK-HMAC-SHA256 signature, as the Huawei Cloud SDK signer does:
 *
 * <pre>
 * METHOD \n canonical URI \n canonical query \n canonical headers \n signed headers \n payload hash
 * </pre>
 *
 * where the canonical headers end with their own newline, so an empty line precedes the signed headers.
 */
final class CanonicalRequest {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalRequest() {
    }

    static String build(String method, String canonicalUri, String canonicalQuery, List<String> signedHeaders,
            UnaryOperator<String> headerValue, String payloadHash) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            String value = headerValue.apply(name);
            headers.append(name).append(':').append(value == null ? "" : value).append('\n');
        }
        return String.join("\n", method, canonicalUri, canonicalQuery, headers, String.join(";", signedHeaders),
                payloadHash);
    }

    /**
     * Returns the canonical URI: each path segment percent-decoded, then encoded again by {@link #encode}, and
     * followed by {@code /}, so the URI always ends with {@code /}. Decoding first makes {@code /a%20b} and a
     * client's unencoded {@code /a b} sign alike.
     */
    static String canonicalUri(String rawPath) {
        return canonicalUri(rawPath, true);
    }

    /**
     * Returns the canonical URI of the raw segments encoded as they are, without decoding them first. The Huawei
     * Java SDK signer encodes the path segments of its URL as it finds them, so for a path that already contains
     * {@code %XX} escapes it signs this form.
     */
    static String canonicalUriOfRawSegments(String rawPath) {
        return canonicalUri(rawPath, false);
    }

    private static String canonicalUri(String rawPath, boolean decode) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        // String.split drops trailing empty strings, so /a and /a/ both give "", "a" and sign as /a/.
        for (String segment : rawPath.split("/")) {
            uri.append(encode(decode ? decode(segment, false) : segment)).append('/');
        }
        return uri.toString();
    }

    /**
     * Returns the canonical query: parameters decoded, names and values encoded by {@link #encode}, sorted by
     * encoded name (values of one name keep their order), joined as {@code name=value} with {@code &}.
     */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.computeIfAbsent(encode(decode(name, true)), key -> new ArrayList<>())
                    .add(encode(decode(value, true)));
        }

        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
        return String.join("&", pairs);
    }

    /**
     * Percent-encodes UTF-8 bytes as RFC 3986 does: letters, digits and {@code - . _ ~} stay, everything else
     * becomes {@code %XX} with upper-case hex, a space {@code %20}.
     */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8; a {@code +} becomes a space only in a query. A malformed escape is
     * kept as it is, so the signature check fails instead of the request.
     */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
