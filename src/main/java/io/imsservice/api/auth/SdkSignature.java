package io.imsservice.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashing steps of SDK-HMAC-SHA256 that follow the canonical request. */
final class SdkSignature {

    /** Format of {@code X-Sdk-Date}, always UTC: {@code 20240131T093000Z}. */
    static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Payload hash of an empty body. */
    static final String EMPTY_BODY_SHA256 = sha256Hex(new byte[0]);

    private SdkSignature() {
    }

    /** Returns {@code SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex SHA-256 of the canonical request>}. */
    static String stringToSign(String sdkDate, String canonicalRequest) {
        return SignatureHeader.ALGORITHM + "\n" + sdkDate + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the lower-case hex HMAC-SHA256 of the string to sign, keyed with the UTF-8 bytes of the SK. */
    static String sign(String secretKey, String stringToSign) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** Compares two hex signatures in time independent of where they differ. */
    static boolean matches(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /**
     * Parses an {@code X-Sdk-Date} value.
     *
     * @throws GatewayException when the value is missing or not in {@code yyyyMMdd'T'HHmmss'Z'} format
     */
    static Instant parseDate(String sdkDate) {
        if (sdkDate == null) {
            throw GatewayException.unauthorized("X-Sdk-Date header is missing");
        }
        try {
            return LocalDateTime.parse(sdkDate, DATE_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw GatewayException.unauthorized("X-Sdk-Date " + sdkDate
                    + " is not in yyyyMMdd'T'HHmmss'Z' format (UTC)");
        }
    }
}
