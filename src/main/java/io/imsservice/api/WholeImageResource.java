package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.CreateWholeImageRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.whole.WholeImageCreation;
import io.imsservice.domain.image.whole.WholeImageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-ECS images: POST /v1/cloudimages/wholeimages/action. */
@Path("/")
@Tag(name = "Images")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WholeImageResource {
    private final CurrentCaller currentCaller;
    private final WholeImageCreation wholeImages;

    public WholeImageResource(CurrentCaller currentCaller, WholeImageCreation wholeImages) {
        this.currentCaller = currentCaller;
        this.wholeImages = wholeImages;
    }

    @POST
    @Path("v1/cloudimages/wholeimages/action")
    @Operation(operationId = "CreateWholeImage", summary = "Create a full-ECS image from a server or a backup")
    public Uni<JobIdResponse> createWholeImage(@Valid CreateWholeImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        NewImageRequest image = ImageRequests.newImageRequest(body.name(), body.description(), body.tags(),
                body.imageTags(), body.minRam(), body.maxRam(), body.enterpriseProjectId());
        WholeImageRequest request = new WholeImageRequest(image, body.instanceId(), body.backupId(),
                body.wholeImageType(), body.vaultId());

        return wholeImages.createWholeImage(caller, request)
                .map(job -> new JobIdResponse(job.id()));
    }
}
