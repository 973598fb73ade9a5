package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of POST /v1/cloudimages/dataimages/action: a data-disk image of an image file in OBS. */
@RegisterForReflection
public record CreateDataImageRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("min_disk") Integer minDisk,
        @JsonProperty("os_type") String osType,
        @JsonProperty("cmk_id") String cmkId,
        List<String> tags,
        @JsonProperty("image_tags") List<ImageTagBody> imageTags,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId) {
}
