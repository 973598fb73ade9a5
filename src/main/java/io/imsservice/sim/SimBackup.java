package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.BackupPort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A simulated CSBS or CBR backup as the simulation API reads and writes it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedBackup", description = "CSBS or CBR backup of a server in the simulated cloud")
public record SimBackup(
        @Schema(description = "Backup id; generated when left out", examples = "28067e69-bd72-51cb-a994-32a8e78dca90")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String id,

        @Schema(description = "Project that owns the backup", required = true,
                examples = "3169809b92f36bcf43d5addbbeb1f298")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String projectId,

        @Schema(description = "Backup service: CSBS or CBR; default CSBS", examples = "CSBS")
        @Pattern(regexp = SimFormats.BACKUP_PROVIDER, message = "must be one of " + SimFormats.BACKUP_PROVIDER)
        String provider,

        @Schema(description = "Backup status; default available", examples = "available")
        @Pattern(regexp = SimFormats.BACKUP_STATUS, message = "must be one of " + SimFormats.BACKUP_STATUS)
        String status,

        @Schema(description = "CBR vault that keeps the backup; required for CBR backups")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String vaultId,

        @Schema(description = "Server the backup was taken of")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String serverId,

        @Schema(description = "OS version of the server; default CentOS 7.6 64bit", examples = "CentOS 7.6 64bit")
        @Size(min = 1, max = 255, message = "must be 1 to 255 characters")
        String osVersion,

        @Schema(description = "Backed-up disks; a bootable one is the system disk", required = true)
        @NotEmpty(message = "must list at least one disk")
        List<@NotNull(message = "must not contain null") @Valid Disk> disks,

        @Schema(description = "Image the backup is registered as, or null when it was never used for one")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String imageId) {

    /** A disk in the backup. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "SimulatedBackupDisk")
    public record Disk(
            @Schema(description = "Id of the backed-up EVS disk")
            @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
            String volumeId,

            @Schema(description = "Size in GiB", required = true, examples = "40")
            @NotNull(message = "is required")
            @Min(value = 1, message = "must be at least 1 GiB")
            @Max(value = 32768, message = "must be at most 32768 GiB")
            Integer sizeGb,

            @Schema(description = "Whether this is the system disk; default false")
            Boolean bootable) {
    }

    static SimBackup of(BackupPort.Backup backup) {
        List<Disk> disks = backup.disks().stream()
                .map(disk -> new Disk(disk.volumeId(), disk.sizeGb(), disk.bootable()))
                .toList();
        return new SimBackup(backup.id(), backup.projectId(), backup.provider(), backup.status(), backup.vaultId(),
                backup.serverId(), backup.osVersion(), disks, backup.imageId());
    }
}
