package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.ExportImageRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.export.ExportRequest;
import io.imsservice.domain.image.export.ImageExport;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Image export to OBS: POST /v1/cloudimages/{image_id}/file and its /v2.1 twin. */
@Path("/")
@Tag(name = "Images")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ImageExportResource {
    private final CurrentCaller currentCaller;
    private final ImageExport export;

    public ImageExportResource(CurrentCaller currentCaller, ImageExport export) {
        this.currentCaller = currentCaller;
        this.export = export;
    }

    @POST
    @Path("v1/cloudimages/{image_id}/file")
    @Operation(operationId = "ExportImage", summary = "Export a private image to a file in an OBS bucket",
            description = "Starts an imsNativeExportImageJob; the file exists in the bucket when the job succeeds.")
    public Uni<JobIdResponse> exportImage(@PathParam("image_id") String imageId, ExportImageRequestBody body) {
        return exportToFile(imageId, body);
    }

    @POST
    @Path("v2.1/cloudimages/{image_id}/file")
    @Operation(operationId = "ExportImageInSafeMode", summary = "Export a private image (v2.1 path)")
    public Uni<JobIdResponse> exportImageInSafeMode(@PathParam("image_id") String imageId,
            ExportImageRequestBody body) {
        return exportToFile(imageId, body);
    }

    private Uni<JobIdResponse> exportToFile(String imageId, ExportImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        ExportRequest request = new ExportRequest(body.bucketUrl(), body.fileFormat(),
                Boolean.TRUE.equals(body.isQuickExport()));

        return export.exportImage(caller, imageId, request)
                .map(job -> new JobIdResponse(job.id()));
    }
}
