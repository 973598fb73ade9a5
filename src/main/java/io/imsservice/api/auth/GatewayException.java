package io.imsservice.api.auth;

/**
 * A request that the API gateway rejects before it reaches IMS. Gateway errors have their own body shape,
 * {@code {"error_code":"APIGW.0301","error_msg":"...","request_id":"..."}}, written by {@link GatewayErrors}.
 */
public final class GatewayException extends RuntimeException {
    /** Prefix of every APIGW.0301 message, as the Huawei Cloud gateway writes it. */
    static final String IAM_PREFIX = "Incorrect IAM authentication information: ";

    private final int status;
    private final String code;

    private GatewayException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** Rejects the credentials with 401 APIGW.0301; the reason ends the message. */
    static GatewayException unauthorized(String reason) {
        return new GatewayException(401, "APIGW.0301", IAM_PREFIX + reason);
    }

    /** Rejects a body over the size the gateway hashes for a signature, with 413 APIGW.0201. */
    static GatewayException bodyTooLarge(int maxBytes) {
        return new GatewayException(413, "APIGW.0201", "Request body too large: signed requests may carry at most "
                + maxBytes + " bytes");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
