package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.KmsPort;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated KMS key as the simulation API reads and writes it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedKmsKey", description = "KMS customer master key of the simulated cloud")
public record SimKmsKey(
        @Schema(description = "Key id; generated when left out", examples = "aa3893ae-9653-572f-8d3f-38b455b9a31e")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String id,

        @Schema(description = "Project that owns the key", required = true,
                examples = "3169809b92f36bcf43d5addbbeb1f298")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String projectId,

        @Schema(description = "Key alias", examples = "ims/images")
        @Size(max = 255, message = "must be at most 255 characters")
        String alias,

        @Schema(description = "Whether the key is enabled; default true")
        Boolean enabled,

        @Schema(description = "Whether the key policy lets the owning project and IMS use the key; default true")
        Boolean accessible,

        @Schema(description = "Whether the account has the KMS open beta test (OBT) permission; default true")
        Boolean publicTestPermission) {

    static SimKmsKey of(KmsPort.Key key) {
        return new SimKmsKey(key.id(), key.projectId(), key.alias(), key.enabled(), key.accessible(),
                key.publicTestPermission());
    }
}
