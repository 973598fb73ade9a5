package io.imsservice.catalog;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The IMS error body: {@code {"error":{"message":"...","code":"IMG.xxxx"}}}, with the message before the code as
 * the real service sends it.
 */
@RegisterForReflection
public record ImsErrorBody(Detail error) {

    /** The {@code error} object of the body. */
    @RegisterForReflection
    @JsonPropertyOrder({"message", "code"})
    public record Detail(String message, String code) {
    }

    public static ImsErrorBody of(String code, String message) {
        return new ImsErrorBody(new Detail(message, code));
    }
}
