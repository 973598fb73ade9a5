package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of PUT /v1/cloudimages/{image_id}/upload: the OBS file, {@code bucket:object}, to import. */
@RegisterForReflection
public record RegisterImageRequestBody(@JsonProperty("image_url") String imageUrl) {
}
