package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.ImageDeletion;
import io.imsservice.domain.image.ImageListing;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.domain.image.ImagePage;
import io.imsservice.domain.image.ImageQuery;
import io.imsservice.domain.image.ImageUpdate;
import io.imsservice.domain.image.PatchOperation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Glance-compatible image paths under /v2/images. */
@Path("/")
@Tag(name = "Glance images", description = "OpenStack Glance v2 compatible image paths")
@Produces(MediaType.APPLICATION_JSON)
public class GlanceImageResource {
    /** Page size of GET /v2/images when the request gives no limit. */
    public static final int DEFAULT_LIMIT = 25;

    private final CurrentCaller currentCaller;
    private final ImageListing listing;
    private final ImageLookup lookup;
    private final ImageUpdate update;
    private final ImageDeletion deletion;

    public GlanceImageResource(CurrentCaller currentCaller, ImageListing listing, ImageLookup lookup,
            ImageUpdate update, ImageDeletion deletion) {
        this.currentCaller = currentCaller;
        this.listing = listing;
        this.lookup = lookup;
        this.update = update;
        this.deletion = deletion;
    }

    @GET
    @Path("v2/images")
    @Operation(operationId = "GlanceListImages", summary = "List images with Glance paging links")
    public Uni<Map<String, Object>> listImages(@Context UriInfo uriInfo) {
        Caller caller = currentCaller.get();
        Map<String, String> parameters = QueryParameters.firstValues(uriInfo);
        ImageQuery query = new ImageQuery(parameters, DEFAULT_LIMIT);

        return listing.listImages(caller, query)
                .map(page -> glancePage(page, uriInfo.getRequestUri().getRawQuery()));
    }

    private static Map<String, Object> glancePage(ImagePage page, String rawQuery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("images", page.images().stream().map(ImageJson::render).toList());
        body.put("schema", "/v2/schemas/images");
        List<String> withoutMarker = queryPairs(rawQuery).stream()
                .filter(pair -> !pair.startsWith("marker="))
                .toList();
        body.put("first", link(withoutMarker));
        if (page.hasMore()) {
            List<String> next = new ArrayList<>(withoutMarker.stream()
                    .filter(pair -> !pair.startsWith("limit="))
                    .toList());
            next.add("marker=" + page.images().get(page.images().size() - 1).id());
            next.add("limit=" + page.limit());
            body.put("next", link(next));
        }
        return body;
    }

    /** Splits the raw query into its {@code name=value} pairs, in request order and still URL-encoded. */
    private static List<String> queryPairs(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty())
                .toList();
    }

    private static String link(List<String> pairs) {
        return pairs.isEmpty() ? "/v2/images" : "/v2/images?" + String.join("&", pairs);
    }

    @GET
    @Path("v2/images/{image_id}")
    @Operation(operationId = "GlanceShowImage", summary = "Show one image")
    public Uni<Map<String, Object>> showImage(@PathParam("image_id") String imageId) {
        Caller caller = currentCaller.get();

        return lookup.findVisibleImage(caller, imageId)
                .map(ImageJson::render);
    }

    @PATCH
    @Path("v2/images/{image_id}")
    @Operation(operationId = "GlanceUpdateImage", summary = "Update name, description or custom attributes")
    public Uni<Map<String, Object>> updateImage(@PathParam("image_id") String imageId, String body) {
        Caller caller = currentCaller.get();
        List<PatchOperation> operations = PatchBodies.parse(body);

        return update.updateImage(caller, imageId, operations, true)
                .map(ImageJson::render);
    }

    @DELETE
    @Path("v2/images/{image_id}")
    @Operation(operationId = "GlanceDeleteImage", summary = "Delete a private image")
    public Uni<RestResponse<Void>> deleteImage(@PathParam("image_id") String imageId, String body) {
        Caller caller = currentCaller.get();
        DeleteBodies.requireValid(body);

        return deletion.deleteImage(caller, imageId)
                .map(ignored -> RestResponse.noContent());
    }
}
