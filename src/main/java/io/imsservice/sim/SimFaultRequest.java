package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of POST /sim/v1/faults. Without {@code times} and {@code until_cleared} the fault fails the next call only.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedFaultRequest", description = "A failure to inject into a dependency operation")
public record SimFaultRequest(
        @Schema(description = "Dependency operation to fail; GET /sim/v1/faults/operations lists them",
                required = true, examples = "job_submission")
        @NotNull(message = "is required")
        String operation,

        @Schema(description = "Fail only calls made for this project; every project when left out",
                examples = "3169809b92f36bcf43d5addbbeb1f298")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String projectId,

        @Schema(description = "Number of calls that fail, 1 to " + SimFaultRequest.MAX_TIMES + "; default 1",
                examples = "2")
        @Min(value = 1, message = "must be between 1 and " + SimFaultRequest.MAX_TIMES)
        @Max(value = SimFaultRequest.MAX_TIMES, message = "must be between 1 and " + SimFaultRequest.MAX_TIMES)
        Integer times,

        @Schema(description = "Fail every call until the fault is cleared; cannot be combined with times")
        Boolean untilCleared) {

    /** Largest number of calls one fault can fail; use until_cleared for more. */
    static final int MAX_TIMES = 10000;
}
