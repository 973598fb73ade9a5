package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Body of POST /v2/{project_id}/images/{image_id}/tags/action: {@code create} or {@code delete}, and the tags. */
@RegisterForReflection
public record TagActionBody(String action, List<ImageTagBody> tags) {
}
