package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of POST /v2/{project_id}/images/{image_id}/tags: {@code {"tag":{"key":"k","value":"v"}}}. */
@RegisterForReflection
public record AddImageTagBody(ImageTagBody tag) {
}
