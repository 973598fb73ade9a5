package io.imsservice.api.auth;

import io.imsservice.catalog.GatewayError;
import jakarta.ws.rs.core.Response;

/** Writes authentication failures in the body shape of the Huawei Cloud API gateway. */
final class GatewayErrors {

    private GatewayErrors() {
    }

    static Response response(GatewayException exception, String requestId) {
        return new GatewayError(exception.status(), exception.code(), exception.getMessage()).toResponse(requestId);
    }
}
