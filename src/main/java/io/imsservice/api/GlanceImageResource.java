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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Glance-compatible image paths under /v2/images. */
@Path("/v2/images")
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
    @Operation(operationId = "GlanceListImages", summary = "List images with Glance paging links")
    public Uni<Map<String, Object>> listImages(@Context UriInfo uriInfo) {
        Caller caller = currentCaller.get();
        Map<String, String> parameters = QueryParameters.firstValues(uriInfo);
        ImageQuery query = new ImageQuery(parameters, DEFAULT_LIMIT);

        return listing.listImages(caller, query)
                .map(page -> glancePage(page, parameters));
    }

    private static Map<String, Object> glancePage(ImagePage page, Map<String, String> parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("images", page.images().stream().map(ImageJson::render).toList());
        body.put("schema", "/v2/schemas/images");
        Map<String, String> firstParameters = new LinkedHashMap<>(parameters);
        firstParameters.remove("marker");
        body.put("first", link(firstParameters));
        if (page.hasMore()) {
            Map<String, String> nextParameters = new LinkedHashMap<>(firstParameters);
            nextParameters.put("marker", page.images().get(page.images().size() - 1).id());
            nextParameters.put("limit", Integer.toString(page.limit()));
            body.put("next", link(nextParameters));
        }
        return body;
    }

    private static String link(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "/v2/images";
        }
        return parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&", "/v2/images?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @GET
    @Path("{image_id}")
    @Operation(operationId = "GlanceShowImage", summary = "Show one image")
    public Uni<Map<String, Object>> showImage(@PathParam("image_id") String imageId) {
        Caller caller = currentCaller.get();

        return lookup.findVisibleImage(caller, imageId)
                .map(ImageJson::render);
    }

    @PATCH
    @Path("{image_id}")
    @Operation(operationId = "GlanceUpdateImage", summary = "Update name, description or custom attributes")
    public Uni<Map<String, Object>> updateImage(@PathParam("image_id") String imageId, String body) {
        Caller caller = currentCaller.get();
        List<PatchOperation> operations = PatchBodies.parse(body);

        return update.updateImage(caller, imageId, operations, true)
                .map(ImageJson::render);
    }

    @DELETE
    @Path("{image_id}")
    @Operation(operationId = "GlanceDeleteImage", summary = "Delete a private image")
    public Uni<RestResponse<Void>> deleteImage(@PathParam("image_id") String imageId, String body) {
        Caller caller = currentCaller.get();
        DeleteBodies.requireValid(body);

        return deletion.deleteImage(caller, imageId)
                .map(ignored -> RestResponse.noContent());
    }
}
