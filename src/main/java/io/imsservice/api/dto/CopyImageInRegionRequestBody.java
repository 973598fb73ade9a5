package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of POST /v1/cloudimages/{image_id}/copy: the new image's name and description, its key and project. */
@RegisterForReflection
public record CopyImageInRegionRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        @JsonProperty("cmk_id") String cmkId,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId) {
}
