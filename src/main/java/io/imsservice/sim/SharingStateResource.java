package io.imsservice.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.domain.share.MemberQuota;
import io.imsservice.store.ImageStore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Simulation control over image sharing: the member limit of one image. */
@Path("/sim/v1")
@Tag(name = "Simulation")
@Produces(MediaType.APPLICATION_JSON)
public class SharingStateResource {
    private final MemberQuota memberQuota;
    private final ImageStore images;
    private final SimJson json;

    public SharingStateResource(MemberQuota memberQuota, ImageStore images, SimJson json) {
        this.memberQuota = memberQuota;
        this.images = images;
        this.json = json;
    }

    /** Body of PUT /sim/v1/images/{image_id}/member-quota. */
    @RegisterForReflection
    public record MemberQuotaBody(@JsonProperty("max_members") Integer maxMembers) {
    }

    @PUT
    @Path("images/{image_id}/member-quota")
    @Operation(operationId = "SimSetImageMemberQuota",
            summary = "Set the maximum number of projects an image may be shared with until the next reset")
    public Uni<Map<String, Object>> setMemberQuota(@PathParam("image_id") String imageId, String text) {
        MemberQuotaBody body = json.convert(json.parseObject(text), MemberQuotaBody.class);
        if (body.maxMembers() == null) {
            throw SimError.FIELD_INVALID.exception("Field 'max_members' is required");
        }
        int limit = body.maxMembers();
        if (limit < 0 || limit > MemberQuota.MAX_OVERRIDE) {
            throw SimError.FIELD_INVALID.exception("Field 'max_members' must be between 0 and "
                    + MemberQuota.MAX_OVERRIDE);
        }

        return images.findById(imageId)
                .map(found -> found.orElseThrow(() -> SimError.NOT_FOUND.exception("No image " + imageId)))
                .invoke(image -> memberQuota.setMaxMembers(imageId, limit))
                .map(image -> {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("image_id", imageId);
                    result.put("max_members", limit);
                    return result;
                });
    }
}
