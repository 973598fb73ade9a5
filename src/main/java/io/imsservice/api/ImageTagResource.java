package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.auth.ProjectPathCheck;
import io.imsservice.api.dto.AddImageTagBody;
import io.imsservice.api.dto.TagActionBody;
import io.imsservice.api.dto.TagSearchBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.tag.ImageTag;
import io.imsservice.domain.tag.ImageTagListing;
import io.imsservice.domain.tag.ImageTagSearch;
import io.imsservice.domain.tag.ImageTagging;
import io.imsservice.domain.tag.TagRules;
import io.imsservice.domain.tag.TagSearchResult;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Key/value image tags under /v2/{project_id}/images, and the query of images by tags. */
@Path("/")
@Tag(name = "Image tags", description = "Key/value tags of images")
@Produces(MediaType.APPLICATION_JSON)
public class ImageTagResource {
    private final CurrentCaller currentCaller;
    private final ImageTagging tagging;
    private final ImageTagListing listing;
    private final ImageTagSearch search;

    public ImageTagResource(CurrentCaller currentCaller, ImageTagging tagging, ImageTagListing listing,
            ImageTagSearch search) {
        this.currentCaller = currentCaller;
        this.tagging = tagging;
        this.listing = listing;
        this.search = search;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v2/{project_id}/images/{image_id}/tags")
    @Operation(operationId = "AddImageTag", summary = "Add a tag to an image, or overwrite the tag of that key")
    public Uni<RestResponse<Void>> addImageTag(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, AddImageTagBody body) {
        Caller caller = callerOf(projectId);
        requireBody(body);
        ImageTag tag = TagRules.validateTag(TagRequests.tagOf(body.tag()));

        return tagging.addTags(caller, imageId, Map.of(tag.key(), tag.value()))
                .map(ignored -> RestResponse.noContent());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v2/{project_id}/images/{image_id}/tags/action")
    @Operation(operationId = "BatchAddOrDeleteTags", summary = "Add or delete several tags of an image at once")
    public Uni<RestResponse<Void>> batchAddOrDeleteTags(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, TagActionBody body) {
        Caller caller = callerOf(projectId);
        requireBody(body);
        List<ImageTag> tags = TagRequests.requireTags(body.tags());

        Uni<Void> change = switch (body.action() == null ? "" : body.action()) {
            case TagRequests.CREATE -> tagging.addTags(caller, imageId, TagRules.validateTags(tags));
            case TagRequests.DELETE -> tagging.deleteTags(caller, imageId,
                    tags.stream().map(TagRules::validateLookupTag).toList());
            default -> throw ImsError.REQUEST_FORMAT_INVALID.exception("tag action " + body.action());
        };
        return change.map(ignored -> RestResponse.noContent());
    }

    @DELETE
    @Path("v2/{project_id}/images/{image_id}/tags/{key}")
    @Operation(operationId = "DeleteImageTag", summary = "Delete the tag of a key; 404 when the image has no such key")
    @APIResponse(responseCode = "204", description = "Tag deleted")
    @APIResponse(responseCode = "404", description = "IMG.0121: the image has no tag with this key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImsError")))
    public Uni<RestResponse<Void>> deleteImageTag(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, @PathParam("key") String key) {
        Caller caller = callerOf(projectId);

        return tagging.deleteTag(caller, imageId, key)
                .map(ignored -> RestResponse.noContent());
    }

    @GET
    @Path("v2/{project_id}/images/{image_id}/tags")
    @Operation(operationId = "ListImageTags", summary = "List the tags of an image")
    public Uni<Map<String, Object>> listImageTags(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId) {
        Caller caller = callerOf(projectId);

        return listing.listImageTags(caller, imageId)
                .map(tags -> Map.of("tags", tags.stream().map(ImageTagResource::render).toList()));
    }

    @GET
    @Path("v2/{project_id}/images/tags")
    @Operation(operationId = "ListImagesTags", summary = "List the tag keys of the project's images with their values")
    public Uni<Map<String, Object>> listImagesTags(@PathParam("project_id") String projectId) {
        Caller caller = callerOf(projectId);

        return listing.listProjectTags(caller)
                .map(valuesByKey -> Map.of("tags", valuesByKey.entrySet().stream()
                        .map(entry -> render(entry.getKey(), entry.getValue()))
                        .toList()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v2/{project_id}/images/resource_instances/action")
    @Operation(operationId = "ListImageByTags", summary = "Filter or count the project's images by tags")
    public Uni<Map<String, Object>> listImageByTags(@PathParam("project_id") String projectId,
            TagSearchBody body) {
        Caller caller = callerOf(projectId);
        requireBody(body);

        return search.search(caller, TagRequests.searchQuery(body))
                .map(result -> render(result, "count".equals(body.action())));
    }

    private Caller callerOf(String projectId) {
        Caller caller = currentCaller.get();
        ProjectPathCheck.require(caller, projectId);
        return caller;
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
    }

    private static Map<String, Object> render(ImageTag tag) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", tag.key());
        json.put("value", tag.value());
        return json;
    }

    private static Map<String, Object> render(String key, Set<String> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("values", List.copyOf(values));
        return json;
    }

    private static Map<String, Object> render(TagSearchResult result, boolean countOnly) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (!countOnly) {
            json.put("resources", result.images().stream().map(ImageTagResource::resource).toList());
        }
        json.put("total_count", result.totalCount());
        return json;
    }

    private static Map<String, Object> resource(Image image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resource_id", image.id());
        json.put("resource_name", image.name());
        json.put("resource_detail", Map.of("status", image.status().wireValue()));
        json.put("tags", image.tags().entrySet().stream()
                .map(tag -> render(new ImageTag(tag.getKey(), tag.getValue())))
                .toList());
        return json;
    }
}
