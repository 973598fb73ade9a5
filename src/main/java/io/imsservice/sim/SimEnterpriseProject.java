package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.EnterpriseProjectPort;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated enterprise project as the simulation API reads and writes it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedEnterpriseProject", description = "Enterprise project of an account in the simulated cloud")
public record SimEnterpriseProject(
        @Schema(description = "Enterprise project id; generated when left out",
                examples = "aecb28c8-3306-55b6-982e-148772a52977")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String id,

        @Schema(description = "Account (IAM domain) that owns it", required = true,
                examples = "9c01cec16cc1434213bd25fa1d01f1e3")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String domainId,

        @Schema(description = "Name", required = true, examples = "production")
        @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most 255 characters")
        String name,

        @Schema(description = "Whether images can be added to it; default true")
        Boolean enabled) {

    static SimEnterpriseProject of(EnterpriseProjectPort.EnterpriseProject project) {
        return new SimEnterpriseProject(project.id(), project.domainId(), project.name(), project.enabled());
    }
}
