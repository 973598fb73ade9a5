package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.CopyImageInRegionRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.copy.InRegionCopy;
import io.imsservice.domain.image.copy.InRegionCopyRequest;
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

/** Image copies within the region: POST /v1/cloudimages/{image_id}/copy and its /v2.1 twin. */
@Path("/")
@Tag(name = "Images")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InRegionCopyResource {
    private final CurrentCaller currentCaller;
    private final InRegionCopy inRegionCopy;

    public InRegionCopyResource(CurrentCaller currentCaller, InRegionCopy inRegionCopy) {
        this.currentCaller = currentCaller;
        this.inRegionCopy = inRegionCopy;
    }

    @POST
    @Path("v1/cloudimages/{image_id}/copy")
    @Operation(operationId = "CopyImageInRegion", summary = "Copy a private image into a new private image",
            description = "Starts an imsCopyImageInRegionJob; entities.image_id of the finished job is the copy.")
    public Uni<JobIdResponse> copyImageInRegion(@PathParam("image_id") String imageId,
            @Valid CopyImageInRegionRequestBody body) {
        return copy(imageId, body);
    }

    @POST
    @Path("v2.1/cloudimages/{image_id}/copy")
    @Operation(operationId = "CopyImageInRegionInSafeMode", summary = "Copy a private image (v2.1 path)")
    public Uni<JobIdResponse> copyImageInRegionInSafeMode(@PathParam("image_id") String imageId,
            @Valid CopyImageInRegionRequestBody body) {
        return copy(imageId, body);
    }

    private Uni<JobIdResponse> copy(String imageId, CopyImageInRegionRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        NewImageRequest image = ImageRequests.newImageRequest(body.name(), body.description(), null, null, null,
                null, body.enterpriseProjectId());

        return inRegionCopy.copyImageInRegion(caller, imageId, new InRegionCopyRequest(image, body.cmkId()))
                .map(job -> new JobIdResponse(job.id()));
    }
}
