package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Body of POST /v1/cloudimages/wholeimages/action: a full-ECS image of a server ({@code instance_id}, with
 * {@code vault_id} for CBR) or of a backup ({@code backup_id} and {@code whole_image_type}).
 */
@RegisterForReflection
public record CreateWholeImageRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("backup_id") String backupId,
        @JsonProperty("whole_image_type") String wholeImageType,
        @JsonProperty("vault_id") String vaultId,
        List<String> tags,
        @JsonProperty("image_tags") List<ImageTagBody> imageTags,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId,
        @JsonProperty("max_ram") @Min(value = 0, message = "MEMORY_OR_DISK_SIZE_INVALID")
        @Max(value = 1048576, message = "MEMORY_OR_DISK_SIZE_INVALID") Integer maxRam,
        @JsonProperty("min_ram") @Min(value = 0, message = "MEMORY_OR_DISK_SIZE_INVALID")
        @Max(value = 1048576, message = "MEMORY_OR_DISK_SIZE_INVALID") Integer minRam) {
}
