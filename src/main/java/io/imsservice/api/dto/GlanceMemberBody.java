package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of POST /v2/images/{image_id}/members: the project to share with. */
@RegisterForReflection
public record GlanceMemberBody(String member) {
}
