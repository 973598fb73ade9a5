package io.imsservice.api.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parsed {@code Authorization} header of an AK/SK request:
 * {@code SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>}.
 *
 * @param signedHeaders lower-case header names in the order they were signed
 */
record SignatureHeader(String accessKeyId, List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "SDK-HMAC-SHA256";

    /**
     * Parses the header value; the three parameters may come in any order, separated by commas.
     *
     * @throws GatewayException when the scheme is not {@value #ALGORITHM} or a parameter is missing
     */
    static SignatureHeader parse(String authorization) {
        String value = authorization.strip();
        if (!value.startsWith(ALGORITHM + " ")) {
            throw GatewayException.unauthorized("Authorization header must start with " + ALGORITHM);
        }

        Map<String, String> parameters = new HashMap<>();
        for (String part : value.substring(ALGORITHM.length() + 1).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parameters.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        String accessKeyId = required(parameters, "Access");
        String signedHeaders = required(parameters, "SignedHeaders");
        String signature = required(parameters, "Signature");

        List<String> names = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        return new SignatureHeader(accessKeyId, names, signature.toLowerCase(Locale.ROOT));
    }

    private static String required(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw GatewayException.unauthorized("Authorization header has no " + name + " parameter");
        }
        return value;
    }
}
