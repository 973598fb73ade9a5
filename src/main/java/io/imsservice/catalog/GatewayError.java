package io.imsservice.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.imsservice.api.RequestIds;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error that the API gateway in front of IMS returns before the request reaches the service, in the gateway's
 * own body shape: {@code {"error_code":"APIGW.xxxx","error_msg":"...","request_id":"..."}}.
 *
 * @param status HTTP status
 * @param code gateway code, such as {@code APIGW.0301}
 * @param message gateway message
 */
public record GatewayError(int status, String code, String message) {

    private static final String API_NOT_FOUND_MESSAGE =
            "The API does not exist or has not been published in the environment";

    /** No API matches the path. */
    public static final GatewayError API_NOT_FOUND = new GatewayError(404, "APIGW.0101", API_NOT_FOUND_MESSAGE);

    /** An API matches the path but not the method; the gateway sends the same code and message with 405. */
    public static final GatewayError METHOD_NOT_ALLOWED = new GatewayError(405, "APIGW.0101", API_NOT_FOUND_MESSAGE);

    /** The gateway body. */
    @RegisterForReflection
    @JsonPropertyOrder({"error_code", "error_msg", "request_id"})
    public record Body(
            @JsonProperty("error_code") String errorCode,
            @JsonProperty("error_msg") String errorMessage,
            @JsonProperty("request_id") String requestId) {
    }

    /** Builds the JSON response, with the request id in the body and in the {@code X-Request-Id} header. */
    public Response toResponse(String requestId) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(RequestIds.HEADER, requestId)
                .entity(new Body(code, message, requestId))
                .build();
    }
}
