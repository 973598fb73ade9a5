package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.auth.ProjectPathCheck;
import io.imsservice.api.dto.LegacyTagBody;
import io.imsservice.api.dto.TagDeleteBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.ImageQuery;
import io.imsservice.domain.tag.ImageTag;
import io.imsservice.domain.tag.ImageTagListing;
import io.imsservice.domain.tag.ImageTagging;
import io.imsservice.domain.tag.TagRules;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The older tag calls of the IMS extension under /v1. */
@Path("/")
@Tag(name = "Image tags")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyTagResource {
    private final CurrentCaller currentCaller;
    private final ImageTagging tagging;
    private final ImageTagListing listing;

    public LegacyTagResource(CurrentCaller currentCaller, ImageTagging tagging, ImageTagListing listing) {
        this.currentCaller = currentCaller;
        this.tagging = tagging;
        this.listing = listing;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v1/cloudimages/tags")
    @Operation(operationId = "CreateOrUpdateTags",
            summary = "Add or overwrite one tag, given as key.value in tag or as key and value in image_tag")
    public Uni<RestResponse<Void>> createOrUpdateTags(LegacyTagBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        String imageId = TagRequests.requireImageId(body.imageId());
        ImageTag tag = legacyOrKeyValueTag(body);

        return tagging.addTags(caller, imageId, Map.of(tag.key(), tag.value()))
                .map(ignored -> RestResponse.noContent());
    }

    private static ImageTag legacyOrKeyValueTag(LegacyTagBody body) {
        boolean hasLegacy = body.tag() != null;
        boolean hasKeyValue = body.imageTag() != null;
        if (hasLegacy == hasKeyValue) {
            throw ImsError.IMAGE_TAG_INVALID.exception("give exactly one of tag and image_tag");
        }
        return hasLegacy
                ? TagRules.validateLegacyTag(body.tag())
                : TagRules.validateTag(TagRequests.tagOf(body.imageTag()));
    }

    @GET
    @Path("v1/cloudimages/tags")
    @Operation(operationId = "ListTags", summary = "List the tags of the images that the list filters select")
    public Uni<Map<String, Object>> listTags(@Context UriInfo uriInfo) {
        Caller caller = currentCaller.get();
        ImageQuery query = new ImageQuery(QueryParameters.firstValues(uriInfo), CloudImageResource.DEFAULT_LIMIT);

        return listing.listSelectedImageTags(caller, query)
                .map(tags -> Map.of("tags", tags));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v1/{project_id}/cloudimages/{image_id}/tags/delete")
    @Operation(operationId = "BatchDeleteTags", summary = "Delete tags of an image; absent tags count as deleted")
    public Uni<RestResponse<Void>> batchDeleteTags(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, TagDeleteBody body) {
        Caller caller = currentCaller.get();
        ProjectPathCheck.require(caller, projectId);
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }

        return tagging.deleteTags(caller, imageId, TagRequests.requireTags(body.tags()).stream()
                        .map(TagRules::validateLookupTag)
                        .toList())
                .map(ignored -> RestResponse.noContent());
    }
}
