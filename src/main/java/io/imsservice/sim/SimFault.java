package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.catalog.CatalogEntry;
import io.imsservice.domain.fault.ArmedFault;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An armed fault as the simulation API returns it.
 *
 * @param remaining calls that will still fail, or null when the fault lasts until cleared
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedFault", description = "A failure armed for a dependency operation")
public record SimFault(
        @Schema(examples = "fault-1") String id,
        @Schema(examples = "job_submission") String operation,
        @Schema(description = "IMS code the failing call returns", examples = "IMG.0018") String code,
        @Schema(examples = "An error occurred when the job was submitted.") String message,
        @Schema(description = "Project whose calls fail, or null for every project") String projectId,
        @Schema(examples = "1") Integer remaining,
        boolean untilCleared) {

    static SimFault of(ArmedFault fault, CatalogEntry entry) {
        return new SimFault(fault.id(), fault.operation().wireName(), entry.code(), entry.message(),
                fault.projectId(), fault.remaining(), fault.remaining() == null);
    }
}
