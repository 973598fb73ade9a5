package io.imsservice.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Writes gateway errors in the body shape of the Huawei Cloud API gateway. */
final class GatewayErrors {

    /** Body of a gateway error. */
    record Body(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMessage,
            @JsonProperty("request_id") String requestId) {
    }

    private GatewayErrors() {
    }

    static Response response(GatewayException exception, String requestId) {
        return Response.status(exception.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Body(exception.code(), exception.getMessage(), requestId))
                .build();
    }
}
