package io.imsservice.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.ImageJson;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.job.JobFlowControl;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
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
 * Simulation controls over the service's own state: a project's private-image quota and job flow-control limit,
 * and image states that no IMS call sets directly (protected, status).
 */
@Path("/sim/v1")
@Tag(name = "Simulation")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ServiceStateResource {
    private final ImageQuota quota;
    private final ImageStore images;
    private final JobFlowControl flowControl;

    public ServiceStateResource(ImageQuota quota, ImageStore images, JobFlowControl flowControl) {
        this.quota = quota;
        this.images = images;
        this.flowControl = flowControl;
    }

    /** Body of PUT /sim/v1/quotas/{project_id}. */
    public record QuotaBody(@JsonProperty("private_images") Long privateImages) {
    }

    @PUT
    @Path("quotas/{project_id}")
    @Operation(summary = "Set a project's private-image quota until the next reset")
    public Map<String, Object> setQuota(@PathParam("project_id") String projectId, QuotaBody body) {
        if (body == null || body.privateImages() == null) {
            throw SimError.FIELD_INVALID.exception("private_images is required");
        }
        long limit = body.privateImages();
        if (limit < 0 || limit > ImageQuota.MAX) {
            throw SimError.FIELD_INVALID.exception("private_images must be between 0 and " + ImageQuota.MAX);
        }
        quota.setPrivateImageLimit(projectId, limit);
        return Map.of("project_id", projectId, "private_images", limit);
    }

    /** Body of PUT /sim/v1/flow-control/{project_id}. */
    public record FlowControlBody(@JsonProperty("max_running_jobs") Integer maxRunningJobs) {
    }

    @PUT
    @Path("flow-control/{project_id}")
    @Operation(summary = "Set a project's maximum number of unfinished async jobs until the next reset",
            description = "A job submitted while the project has this many unfinished jobs fails with IMG.0060, "
                    + "so 0 rejects every job.")
    public Map<String, Object> setFlowControl(@PathParam("project_id") String projectId, FlowControlBody body) {
        if (body == null || body.maxRunningJobs() == null) {
            throw SimError.FIELD_INVALID.exception("max_running_jobs is required");
        }
        int limit = body.maxRunningJobs();
        if (limit < 0) {
            throw SimError.FIELD_INVALID.exception("max_running_jobs must be 0 or more, not " + limit);
        }
        flowControl.setMaxRunningJobs(projectId, limit);
        return Map.of("project_id", projectId, "max_running_jobs", limit);
    }

    /** Body of PATCH /sim/v1/images/{image_id}; absent fields stay as they are. */
    public record ImageStateBody(@JsonProperty("protected") Boolean protectedImage, String status) {
    }

    @PATCH
    @Path("images/{image_id}")
    @Operation(summary = "Set an image's protected flag or status")
    public Uni<Map<String, Object>> updateImageState(@PathParam("image_id") String imageId, ImageStateBody body) {
        if (body == null) {
            throw SimError.BODY_MALFORMED.exception("a JSON object body is required");
        }
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
                .map(updated -> updated.orElseThrow(() -> SimError.NOT_FOUND.exception("no image " + imageId)))
                .map(ImageJson::render);
    }

    private static ImageStatus parseStatus(String status) {
        try {
            return ImageStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SimError.FIELD_INVALID.exception("status must be queued, saving, active, killed or deleted");
        }
    }
}
