package io.imsservice.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.ImageJson;
import io.imsservice.cloud.IdentityPort;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Simulation controls over the service's own state: a project's private-image quota, and image states that no IMS
 * call sets directly (protected, status).
 */
@Path("/sim/v1")
@Tag(name = "Simulation")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceStateResource {
    private final ImageQuota quota;
    private final ImageStore images;
    private final IdentityPort identity;
    private final SimJson json;

    public ServiceStateResource(ImageQuota quota, ImageStore images, IdentityPort identity, SimJson json) {
        this.quota = quota;
        this.images = images;
        this.identity = identity;
        this.json = json;
    }

    /** Body of PUT /sim/v1/quotas/{project_id}. */
    @RegisterForReflection
    public record QuotaBody(@JsonProperty("private_images") Long privateImages) {
    }

    @PUT
    @Path("quotas/{project_id}")
    @Operation(operationId = "SimSetQuota", summary = "Set a project's private-image quota until the next reset")
    public Uni<Map<String, Object>> setQuota(@PathParam("project_id") String projectId, String text) {
        QuotaBody body = json.convert(json.parseObject(text), QuotaBody.class);
        if (body.privateImages() == null) {
            throw SimError.FIELD_INVALID.exception("Field 'private_images' is required");
        }
        long limit = body.privateImages();
        if (limit < 0 || limit > ImageQuota.MAX) {
            throw SimError.FIELD_INVALID.exception("Field 'private_images' must be between 0 and " + ImageQuota.MAX);
        }

        return identity.findProject(projectId)
                .map(project -> project.orElseThrow(() -> SimError.REFERENCE_INVALID.exception(
                        "No project " + projectId + " in the fixtures")))
                .map(project -> {
                    quota.setPrivateImageLimit(project.id(), limit);
                    return Map.of("project_id", project.id(), "private_images", limit);
                });
    }

    /** Body of PATCH /sim/v1/images/{image_id}; absent fields stay as they are. */
    @RegisterForReflection
    public record ImageStateBody(@JsonProperty("protected") Boolean protectedImage, String status) {
    }

    @PATCH
    @Path("images/{image_id}")
    @Operation(operationId = "SimUpdateImageState", summary = "Set an image's protected flag or status")
    public Uni<Map<String, Object>> updateImageState(@PathParam("image_id") String imageId, String text) {
        ImageStateBody body = json.convert(json.parseObject(text), ImageStateBody.class);
        ImageStatus status = body.status() == null ? null : parseStatus(body.status());

        return images.update(imageId, image -> {
            if (body.protectedImage() != null) {
                image.protectedImage(body.protectedImage());
            }
            if (status != null) {
                image.status(status);
            }
            return image.updatedAt(Instant.now());
        })
                .map(updated -> updated.orElseThrow(() -> SimError.NOT_FOUND.exception("No image " + imageId)))
                .map(ImageJson::render);
    }

    private static ImageStatus parseStatus(String status) {
        try {
            return ImageStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SimError.FIELD_INVALID.exception("Field 'status' must be queued, saving, active, killed or deleted");
        }
    }
}
