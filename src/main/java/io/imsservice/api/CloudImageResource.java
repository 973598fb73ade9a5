package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.ImageListing;
import io.imsservice.domain.image.ImageQuery;
import io.imsservice.domain.image.ImageUpdate;
import io.imsservice.domain.image.PatchOperation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The IMS image list and update: GET /v2/cloudimages and PATCH /v2/cloudimages/{image_id}. */
@Path("/")
@Tag(name = "Images")
@Produces(MediaType.APPLICATION_JSON)
public class CloudImageResource {
    /** Page size of GET /v2/cloudimages when the request gives no limit. */
    public static final int DEFAULT_LIMIT = 500;

    private final CurrentCaller currentCaller;
    private final ImageListing listing;
    private final ImageUpdate update;

    public CloudImageResource(CurrentCaller currentCaller, ImageListing listing, ImageUpdate update) {
        this.currentCaller = currentCaller;
        this.listing = listing;
        this.update = update;
    }

    @GET
    @Path("v2/cloudimages")
    @Operation(operationId = "ListImages", summary = "List the images the project can see, filtered and paged")
    public Uni<Map<String, Object>> listImages(@Context UriInfo uriInfo) {
        Caller caller = currentCaller.get();
        ImageQuery query = new ImageQuery(QueryParameters.firstValues(uriInfo), DEFAULT_LIMIT);

        return listing.listImages(caller, query)
                .map(page -> Map.of("images", page.images().stream().map(ImageJson::render).toList()));
    }

    @PATCH
    @Path("v2/cloudimages/{image_id}")
    @Operation(operationId = "UpdateImage", summary = "Update image attributes with JSON-patch operations")
    public Uni<Map<String, Object>> updateImage(@PathParam("image_id") String imageId, String body) {
        Caller caller = currentCaller.get();
        List<PatchOperation> operations = PatchBodies.parse(body);

        return update.updateImage(caller, imageId, operations, false)
                .map(ImageJson::render);
    }
}
