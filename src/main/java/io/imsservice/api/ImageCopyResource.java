package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.CopyImageCrossRegionRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.CrossRegionCopy;
import io.imsservice.domain.image.CrossRegionCopyRequest;
import io.imsservice.domain.image.NewImageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Image copies: POST /v1/cloudimages/{image_id}/cross_region_copy. */
@Path("/")
@Tag(name = "Images")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ImageCopyResource {
    private final CurrentCaller currentCaller;
    private final CrossRegionCopy crossRegionCopy;

    public ImageCopyResource(CurrentCaller currentCaller, CrossRegionCopy crossRegionCopy) {
        this.currentCaller = currentCaller;
        this.crossRegionCopy = crossRegionCopy;
    }

    @POST
    @Path("v1/cloudimages/{image_id}/cross_region_copy")
    @Operation(operationId = "CopyImageCrossRegion", summary = "Copy a private image to a project of another region",
            description = "Starts an imsCrossRegionCopyImageJob in the caller's project; entities.image_id of the "
                    + "finished job is the new image, which only the target project sees.")
    public Uni<JobIdResponse> copyImageCrossRegion(@PathParam("image_id") String imageId,
            @Valid CopyImageCrossRegionRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        NewImageRequest image = ImageRequests.newImageRequest(body.name(), body.description(), null, null, null,
                null, body.enterpriseProjectId());
        CrossRegionCopyRequest request = new CrossRegionCopyRequest(image, body.region(), body.projectName(),
                body.agencyName(), body.vaultId());

        return crossRegionCopy.copyImageCrossRegion(caller, imageId, request)
                .map(job -> new JobIdResponse(job.id()));
    }
}
