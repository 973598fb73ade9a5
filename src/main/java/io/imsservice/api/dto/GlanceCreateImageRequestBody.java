package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** Body of POST /v2/images: the metadata of an image whose file is uploaded later. */
@RegisterForReflection
public record GlanceCreateImageRequestBody(
        @ImageName String name,
        @JsonProperty("__os_version") String osVersion,
        @JsonProperty("container_format") String containerFormat,
        @JsonProperty("disk_format") String diskFormat,
        @JsonProperty("min_disk") Integer minDisk,
        @JsonProperty("min_ram") @Min(value = 0, message = "MEMORY_OR_DISK_SIZE_INVALID")
        @Max(value = 1048576, message = "MEMORY_OR_DISK_SIZE_INVALID") Integer minRam,
        List<String> tags,
        String visibility,
        @JsonProperty("protected") Boolean protectedImage) {
}
