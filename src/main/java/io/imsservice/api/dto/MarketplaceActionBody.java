package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /v1/cloudimages/{image_id}/marketplace. */
@RegisterForReflection
@Schema(name = "MarketplaceActionRequest")
public record MarketplaceActionBody(
        @Schema(description = "Step of the publishing flow", required = true,
                enumeration = {"publish", "confirm", "fail", "withdraw"}, examples = "publish")
        String action) {
}
