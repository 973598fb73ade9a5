package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Body of POST /v2/cloudimages/action. Which fields apply depends on the source: {@code instance_id} (ECS system
 * disk), {@code data_images} (ECS data disks), {@code image_url} (file in object storage) or {@code volume_id}
 * (data disk to system image).
 */
@RegisterForReflection
public record CreateImageRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("data_images") List<@Valid DataImageBody> dataImages,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("min_disk") Integer minDisk,
        @JsonProperty("os_version") String osVersion,
        @JsonProperty("os_type") String osType,
        @JsonProperty("is_config") Boolean isConfig,
        // NOTE: the IMS sources document only the IMG.0011 message for this field, so the emulator checks its
        // value alone: when present it must be true.
        @JsonProperty("forceCreate") @AssertTrue(message = "FORCE_CREATE_REQUIRED") Boolean forceCreate,
        @JsonProperty("cmk_id") String cmkId,
        String type,
        @JsonProperty("is_quick_import") Boolean isQuickImport,
        String architecture,
        @JsonProperty("hw_firmware_type") String hwFirmwareType,
        @JsonProperty("volume_id") String volumeId,
        List<String> tags,
        @JsonProperty("image_tags") List<ImageTagBody> imageTags,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId,
        @JsonProperty("max_ram") @Min(value = 0, message = "MEMORY_OR_DISK_SIZE_INVALID")
        @Max(value = 1048576, message = "MEMORY_OR_DISK_SIZE_INVALID") Integer maxRam,
        @JsonProperty("min_ram") @Min(value = 0, message = "MEMORY_OR_DISK_SIZE_INVALID")
        @Max(value = 1048576, message = "MEMORY_OR_DISK_SIZE_INVALID") Integer minRam) {

    /** One entry of {@code data_images}: an ECS data disk, or an extra data-disk file of an import. */
    @RegisterForReflection
    public record DataImageBody(
            @ImageName String name,
            @ImageDescription String description,
            @JsonProperty("volume_id") String volumeId,
            @JsonProperty("image_url") String imageUrl,
            @JsonProperty("min_disk") Integer minDisk,
            @JsonProperty("is_quick_import") Boolean isQuickImport,
            List<String> tags,
            @JsonProperty("image_tags") List<ImageTagBody> imageTags) {
    }
}
