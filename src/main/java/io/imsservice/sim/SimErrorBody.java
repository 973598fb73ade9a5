package io.imsservice.sim;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a simulation API error, in the shape IMS uses for its own errors. */
@RegisterForReflection
@Schema(name = "SimulationError", description = "Error of the simulation API; codes SIM.0001 to SIM.0007")
public record SimErrorBody(Detail error) {

    /** Message and code of the error. */
    @RegisterForReflection
    @Schema(name = "SimulationErrorDetail")
    public record Detail(
            @Schema(examples = "Field 'status' must be one of ACTIVE, SHUTOFF, ...") String message,
            @Schema(examples = "SIM.0002") String code) {
    }

    static SimErrorBody of(SimError error, String message) {
        return new SimErrorBody(new Detail(message, error.code()));
    }
}
