package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of PUT /v1/cloudimages/tags: the image and exactly one of a legacy {@code key.value} tag or a key/value tag.
 */
@RegisterForReflection
public record LegacyTagBody(@JsonProperty("image_id") String imageId, String tag,
        @JsonProperty("image_tag") ImageTagBody imageTag) {
}
