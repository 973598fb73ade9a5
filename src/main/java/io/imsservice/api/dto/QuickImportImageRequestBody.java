package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of POST /v2/cloudimages/quickimport/action: a zvhd2 file, or a raw file with its bitmap file, imported as it
 * is into an ECS, BMS or data-disk image.
 */
@RegisterForReflection
public record QuickImportImageRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        @JsonProperty("os_version") String osVersion,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("min_disk") Integer minDisk,
        @JsonProperty("license_type") String licenseType,
        List<String> tags,
        String type,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId,
        String architecture,
        @JsonProperty("hw_firmware_type") String hwFirmwareType,
        @JsonProperty("os_type") String osType,
        @JsonProperty("image_tags") List<ImageTagBody> imageTags) {
}
