package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.domain.Caller;
import io.imsservice.domain.tag.ImageTagging;
import io.imsservice.domain.tag.TagRules;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Glance-compatible image tags: plain strings, stored as key-only tags. */
@Path("/")
@Tag(name = "Glance images")
@Produces(MediaType.APPLICATION_JSON)
public class GlanceTagResource {
    private final CurrentCaller currentCaller;
    private final ImageTagging tagging;

    public GlanceTagResource(CurrentCaller currentCaller, ImageTagging tagging) {
        this.currentCaller = currentCaller;
        this.tagging = tagging;
    }

    @PUT
    @Path("v2/images/{image_id}/tags/{tag}")
    @Operation(operationId = "GlanceCreateTag", summary = "Add a tag to an image")
    public Uni<RestResponse<Void>> createTag(@PathParam("image_id") String imageId, @PathParam("tag") String tag) {
        Caller caller = currentCaller.get();
        String key = TagRules.validateGlanceTag(tag);

        return tagging.addTags(caller, imageId, Map.of(key, ""))
                .map(ignored -> RestResponse.noContent());
    }

    @DELETE
    @Path("v2/images/{image_id}/tags/{tag}")
    @Operation(operationId = "GlanceDeleteTag", summary = "Delete a tag of an image, as the image object lists it")
    public Uni<RestResponse<Void>> deleteTag(@PathParam("image_id") String imageId, @PathParam("tag") String tag) {
        Caller caller = currentCaller.get();

        return tagging.deleteGlanceTag(caller, imageId, tag)
                .map(ignored -> RestResponse.noContent());
    }
}
