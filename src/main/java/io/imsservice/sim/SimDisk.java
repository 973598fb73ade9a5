package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.BlockStoragePort;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A simulated EVS disk as the simulation API reads and writes it. A disk is attached by listing it on a server, so
 * {@code server_id} is read-only here.
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedDisk", description = "EVS disk of the simulated cloud")
public record SimDisk(
        @Schema(description = "Disk id; generated when left out", examples = "c3a13583-ecfa-573c-b861-09cb738978ef")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String id,

        @Schema(description = "Project that owns the disk", required = true,
                examples = "3169809b92f36bcf43d5addbbeb1f298")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String projectId,

        @Schema(description = "EVS status; default available, and in-use while attached", examples = "in-use")
        @Pattern(regexp = SimFormats.DISK_STATUS, message = "must be one of " + SimFormats.DISK_STATUS)
        String status,

        @Schema(description = "Disk type; DESS and DSS disks cannot be captured; default SSD", examples = "SSD")
        @Pattern(regexp = SimFormats.VOLUME_TYPE, message = "must be one of " + SimFormats.VOLUME_TYPE)
        String volumeType,

        @Schema(description = "Size in GiB", required = true, examples = "40")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be at least 1 GiB")
        @Max(value = 32768, message = "must be at most 32768 GiB")
        Integer sizeGb,

        @Schema(description = "Server the disk is attached to, or null", readOnly = true)
        String serverId,

        @Schema(description = "Whether this is a system disk; default false")
        Boolean bootable) {

    static SimDisk of(BlockStoragePort.Disk disk) {
        return new SimDisk(disk.id(), disk.projectId(), disk.status(), disk.volumeType(), disk.sizeGb(),
                disk.serverId(), disk.bootable());
    }
}
