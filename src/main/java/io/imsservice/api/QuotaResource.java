package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.domain.quota.ImageQuota;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /v1/cloudimages/quota. */
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
}
