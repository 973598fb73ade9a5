package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of DELETE /v1/{project_id}/cloudimages/{image_id}/tags/delete: the tags to delete. */
@RegisterForReflection
public record TagDeleteBody(List<ImageTagBody> tags) {
}
