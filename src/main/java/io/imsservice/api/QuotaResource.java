package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.domain.quota.ImageQuota;
import io.smallrye.mutiny.Uni;
import io.imsservice.catalog.ImsError;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /v1/cloudimages/quota, and the refusal to change it. */
@Path("/")
@Tag(name = "Quota", description = "Private image quota")
@Produces(MediaType.APPLICATION_JSON)
public class QuotaResource {
    private final CurrentCaller currentCaller;
    private final ImageQuota quota;

    public QuotaResource(CurrentCaller currentCaller, ImageQuota quota) {
        this.currentCaller = currentCaller;
        this.quota = quota;
    }

    @GET
    @Path("v1/cloudimages/quota")
    @Operation(operationId = "ShowImageQuota", summary = "Show the private image quota and its use")
    public Uni<Map<String, Object>> showImageQuota() {
        String projectId = currentCaller.get().projectId();

        return quota.privateImageUsage(projectId)
                .map(usage -> {
                    Map<String, Object> resource = new LinkedHashMap<>();
                    resource.put("type", "image");
                    resource.put("used", usage.used());
                    resource.put("quota", usage.quota());
                    resource.put("min", ImageQuota.MIN);
                    resource.put("max", ImageQuota.MAX);
                    return Map.of("quotas", Map.of("resources", List.of(resource)));
                });
    }

    /**
     * Rejects every change of the private image quota with IMG.0034, because IMS gives tenants no way to change the
     * number of images they may own.
     */
    // NOTE: the IMS documentation names no path for this refusal; the emulator returns it for a PUT of the quota.
    @PUT
    @Path("v1/cloudimages/quota")
    @Operation(operationId = "EmulatorUpdateImageQuota", summary = "Reject a change of the image quota")
    public Map<String, Object> updateImageQuota(String body) {
        throw ImsError.IMAGE_COUNT_NOT_MODIFIABLE.exception("quota change by project "
                + currentCaller.get().projectId());
    }
}
