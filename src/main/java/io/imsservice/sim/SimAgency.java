package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.IdentityPort.Agency;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated IAM agency as the simulation API reads and writes it. */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedAgency", description = "IAM agency through which IMS acts in other projects of the account")
public record SimAgency(
        @Schema(description = "Agency name, unique within the account", required = true, examples = "ims_admin_agency")
        @NotNull(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "must be 1 to 64 letters, digits, '_', '.' or '-'")
        String name,

        @Schema(description = "Account (IAM domain) that owns the agency", required = true,
                examples = "9c01cec16cc1434213bd25fa1d01f1e3")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String domainId,

        @Schema(description = "Projects of the account in which the agency grants IMS rights, none by default",
                examples = "[\"a95d7cb0b584c77df31fc29aa4b60739\"]")
        List<@NotNull(message = "must not contain null")
                @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE) String> imsProjectIds) {

    static SimAgency of(Agency agency) {
        return new SimAgency(agency.name(), agency.domainId(), agency.imsProjectIds().stream().sorted().toList());
    }
}
