package io.imsservice.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.ImageJson;
import io.imsservice.cloud.IdentityPort;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.job.JobFlowControl;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Simulation controls over the service's own state: a project's private-image quota and job flow-control limit,
 * image state that no IMS call sets directly, and the list of a project's jobs. Tests use the image state to
 * produce images of every kind, such as full-ECS, encrypted, backup-based, Marketplace-derived or shared images.
 */
@Path("/sim/v1")
@Tag(name = "Simulation")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceStateResource {
    /** Glance core attributes, which have their own fields or cannot be set; the attributes map rejects them. */
    private static final Set<String> CORE_ATTRIBUTES = Set.of(
            "id", "name", "status", "visibility", "protected", "owner", "tags", "container_format", "disk_format",
            "min_disk", "min_ram", "size", "virtual_size", "checksum", "file", "self", "schema", "created_at",
            "updated_at", "active_at");
    private static final String ATTRIBUTE_NAME = "[a-z_][a-z0-9_]{0,254}";

    private final ImageQuota quota;
    private final ImageStore images;
    private final JobFlowControl flowControl;
    private final IdentityPort identity;
    private final SimJson json;

    public ServiceStateResource(ImageQuota quota, ImageStore images, JobFlowControl flowControl,
            IdentityPort identity, SimJson json) {
        this.quota = quota;
        this.images = images;
        this.flowControl = flowControl;
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

    /** Body of PUT /sim/v1/flow-control/{project_id}. */
    @RegisterForReflection
    public record FlowControlBody(@JsonProperty("max_running_jobs") Integer maxRunningJobs) {
    }

    @PUT
    @Path("flow-control/{project_id}")
    @Operation(operationId = "SimSetFlowControl",
            summary = "Set a project's maximum number of unfinished async jobs until the next reset",
            description = "A job submitted while the project has this many unfinished jobs fails with IMG.0060, "
                    + "so 0 rejects every job.")
    public Map<String, Object> setFlowControl(@PathParam("project_id") String projectId, String text) {
        FlowControlBody body = json.convert(json.parseObject(text), FlowControlBody.class);
        if (body.maxRunningJobs() == null) {
            throw SimError.FIELD_INVALID.exception("max_running_jobs is required");
        }
        int limit = body.maxRunningJobs();
        if (limit < 0) {
            throw SimError.FIELD_INVALID.exception("max_running_jobs must be 0 or more, not " + limit);
        }
        flowControl.setMaxRunningJobs(projectId, limit);
        return Map.of("project_id", projectId, "max_running_jobs", limit);
    }

    /**
     * Body of PATCH /sim/v1/images/{image_id}. Absent fields stay as they are, and an empty string clears
     * {@code system_cmk_id} and {@code backup_availability_zone}.
     *
     * @param imageSize {@code __image_size} in bytes
     * @param wholeImage {@code __whole_image}: whether the image is a full-ECS image
     * @param systemCmkId {@code __system__cmkid}: the KMS key of an encrypted image
     * @param virtualEnvType {@code virtual_env_type}, such as {@code IsoImage} for an image made from an ISO file
     * @param backupAvailabilityZone the one AZ that a full-ECS image's backup is still confined to
     * @param backupReplicaRegions regions that already hold a replica of a full-ECS image's backup
     * @param visibility {@code private}, {@code public} or {@code shared}
     * @param attributes extension and custom attributes by JSON name, such as {@code __backup_id}: a string, a
     *     number or a boolean, stored as text because IMS returns them as strings, or null to remove the attribute
     */
    @RegisterForReflection
    public record ImageStateBody(
            @JsonProperty("protected") Boolean protectedImage,
            String status,
            @JsonProperty("image_size") Long imageSize,
            @JsonProperty("whole_image") Boolean wholeImage,
            @JsonProperty("system_cmk_id") String systemCmkId,
            @JsonProperty("virtual_env_type") String virtualEnvType,
            @JsonProperty("backup_availability_zone") String backupAvailabilityZone,
            @JsonProperty("backup_replica_regions") List<String> backupReplicaRegions,
            @Pattern(regexp = "private|public|shared", message = "must be private, public or shared")
            String visibility,
            @Schema(description = "Attributes to set; null removes one")
            Map<String, Object> attributes) {
    }

    @PATCH
    @Path("images/{image_id}")
    @Operation(operationId = "SimUpdateImageState", summary = "Set image state that no IMS call sets directly",
            description = "Sets the protected flag, the status, the size, the full-ECS flag and its backup state, "
                    + "the encryption key, the virtualisation type, the visibility or any extension attribute of an "
                    + "image of any region.")
    public Uni<Map<String, Object>> updateImageState(@PathParam("image_id") String imageId, String text) {
        ImageStateBody body = json.validate(json.convert(json.parseObject(text), ImageStateBody.class));
        Map<String, String> attributes = body.attributes() == null ? Map.of() : attributeTexts(body.attributes());
        ImageStatus status = body.status() == null ? null : parseStatus(body.status());
        if (body.imageSize() != null && body.imageSize() < 0) {
            throw SimError.FIELD_INVALID.exception("image_size must be 0 or more bytes, not " + body.imageSize());
        }
        if (body.backupReplicaRegions() != null && body.backupReplicaRegions().contains(null)) {
            throw SimError.FIELD_INVALID.exception("backup_replica_regions must not contain null");
        }

        return images.update(imageId, image -> applyImageState(image, body, status, attributes)
                        .updatedAt(Instant.now()))
                .map(updated -> updated.orElseThrow(() -> SimError.NOT_FOUND.exception("No image " + imageId)))
                .map(ImageJson::render);
    }

    private static Image applyImageState(Image image, ImageStateBody body, ImageStatus status,
            Map<String, String> attributes) {
        if (body.protectedImage() != null) {
            image.protectedImage(body.protectedImage());
        }
        if (status != null) {
            image.status(status);
        }
        if (body.imageSize() != null) {
            image.property(ImageAttributes.IMAGE_SIZE, body.imageSize().toString());
        }
        if (body.wholeImage() != null) {
            image.property(ImageAttributes.WHOLE_IMAGE, body.wholeImage().toString());
        }
        if (body.systemCmkId() != null) {
            image.property(ImageAttributes.SYSTEM_CMK_ID, emptyToNull(body.systemCmkId()));
        }
        if (body.virtualEnvType() != null) {
            image.property(ImageAttributes.VIRTUAL_ENV_TYPE, body.virtualEnvType());
        }
        if (body.backupAvailabilityZone() != null) {
            image.backupAvailabilityZone(emptyToNull(body.backupAvailabilityZone()));
        }
        if (body.backupReplicaRegions() != null) {
            image.backupReplicaRegions().clear();
            image.backupReplicaRegions().addAll(body.backupReplicaRegions());
        }
        if (body.visibility() != null) {
            image.visibility(body.visibility());
        }
        attributes.forEach(image::property);
        return image;
    }

    /** Checks the attribute names and turns each scalar value into its text; a null value stays null. */
    private static Map<String, String> attributeTexts(Map<String, Object> attributes) {
        Map<String, String> texts = new HashMap<>();
        attributes.forEach((name, value) -> {
            requireSettableAttribute(name);
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw SimError.FIELD_INVALID.exception("Attribute '" + name + "' must be a string, a number, a "
                        + "boolean or null");
            }
            texts.put(name, value == null ? null : value.toString());
        });
        return texts;
    }

    private static void requireSettableAttribute(String name) {
        if (CORE_ATTRIBUTES.contains(name)) {
            throw SimError.FIELD_INVALID.exception("Attribute '" + name + "' is a core image attribute; set "
                    + "protected, status and visibility through their own fields");
        }
        if (!name.matches(ATTRIBUTE_NAME)) {
            throw SimError.FIELD_INVALID.exception("Attribute '" + name + "' must be lower case letters, digits "
                    + "and underscores, such as __backup_id");
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static ImageStatus parseStatus(String status) {
        try {
            return ImageStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw SimError.FIELD_INVALID.exception("Field 'status' must be queued, saving, active, killed or deleted");
        }
    }
}
