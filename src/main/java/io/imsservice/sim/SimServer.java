package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.imsservice.cloud.ComputePort;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A simulated ECS server as the simulation API reads and writes it. In a request every field but
 * {@code project_id} and {@code name} may be left out and takes the documented default.
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedServer", description = "ECS server of the simulated cloud")
public record SimServer(
        @Schema(description = "Server id; generated when left out", examples = "769a3921-26ba-537d-b2f0-908f1ce86fdf")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String id,

        @Schema(description = "Project that owns the server", required = true,
                examples = "3169809b92f36bcf43d5addbbeb1f298")
        @NotNull(message = "is required")
        @Pattern(regexp = SimFormats.IAM_ID, message = SimFormats.IAM_ID_MESSAGE)
        String projectId,

        @Schema(description = "Server name", required = true, examples = "ecs-ready")
        @NotBlank(message = "is required")
        @Size(max = 255, message = "must be at most 255 characters")
        String name,

        @Schema(description = "ECS status; default SHUTOFF", examples = "SHUTOFF")
        @Pattern(regexp = SimFormats.SERVER_STATUS, message = "must be one of " + SimFormats.SERVER_STATUS)
        String status,

        @Schema(description = "ECS task in progress, or null when idle", examples = "image_snapshot")
        @Pattern(regexp = SimFormats.LOWER_WORD, message = "must be a lowercase ECS task state such as image_snapshot")
        String taskState,

        @Schema(description = "Virtualisation type; kvm, xen and ironic can be captured; default kvm",
                examples = "kvm")
        @Pattern(regexp = SimFormats.LOWER_WORD, message = "must be a lowercase type such as kvm, xen or ironic")
        String vmType,

        @Schema(description = "System disk id, or null for a server without one")
        @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE)
        String systemDiskId,

        @Schema(description = "Ids of the attached data disks; default none")
        List<@NotNull(message = "must not contain null")
            @Pattern(regexp = SimFormats.UUID, message = SimFormats.UUID_MESSAGE) String> dataDiskIds,

        @Schema(description = "Availability zone; default the service region followed by a", examples = "cn-north-4a")
        @Pattern(regexp = SimFormats.LOWER_WORD, message = "must be a lowercase zone name such as cn-north-4a")
        String availabilityZone,

        @Schema(description = "OS version as IMS lists it; default CentOS 7.6 64bit", examples = "CentOS 7.6 64bit")
        @Size(min = 1, max = 255, message = "must be 1 to 255 characters")
        String osVersion,

        @Schema(description = "CPU architecture: x86 or arm; default x86", examples = "x86")
        @Pattern(regexp = "x86|arm", message = "must be x86 or arm")
        String architecture,

        @Schema(description = "Whether a CSBS or CBR backup of the server is running; default false")
        Boolean backupInProgress) {

    static SimServer of(ComputePort.Server server) {
        return new SimServer(server.id(), server.projectId(), server.name(), server.status(), server.taskState(),
                server.vmType(), server.systemDiskId(), server.dataDiskIds(), server.availabilityZone(),
                server.osVersion(), server.architecture(), server.backupInProgress());
    }
}
