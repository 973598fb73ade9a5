package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.GlanceCreateImageRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.api.dto.RegisterImageRequestBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.file.GlanceImageMetadata;
import io.imsservice.domain.image.file.NativeImageImport;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Images created in two steps: Glance metadata first (POST /v2/images), then the file, imported from OBS
 * (PUT /v1/cloudimages/{image_id}/upload) or sent in the request (PUT /v2/images/{image_id}/file).
 */
@Path("/")
@Tag(name = "Glance images")
@Produces(MediaType.APPLICATION_JSON)
public class NativeImportResource {
    private final CurrentCaller currentCaller;
    private final NativeImageImport nativeImports;

    public NativeImportResource(CurrentCaller currentCaller, NativeImageImport nativeImports) {
        this.currentCaller = currentCaller;
        this.nativeImports = nativeImports;
    }

    @POST
    @Path("v2/images")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "GlanceCreateImageMetadata", summary = "Create the metadata of a queued image")
    @APIResponse(responseCode = "201", description = "The queued image")
    public Uni<RestResponse<Map<String, Object>>> createImageMetadata(@Valid GlanceCreateImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        GlanceImageMetadata metadata = new GlanceImageMetadata(body.name(), body.osVersion(),
                body.containerFormat(), body.diskFormat(), body.minDisk(), body.minRam(), body.tags(),
                body.visibility(), Boolean.TRUE.equals(body.protectedImage()));

        return nativeImports.createImageMetadata(caller, metadata)
                .map(image -> RestResponse.status(RestResponse.Status.CREATED, ImageJson.render(image)));
    }

    @PUT
    @Path("v1/cloudimages/{image_id}/upload")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "RegisterImage", summary = "Import an OBS file into a queued image")
    public Uni<JobIdResponse> registerImage(@PathParam("image_id") String imageId, RegisterImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }

        return nativeImports.uploadFromObs(caller, imageId, body.imageUrl())
                .map(job -> new JobIdResponse(job.id()));
    }

    /**
     * Stores the request body as the image file. NOTE: Quarkus buffers the body and rejects one larger than
     * {@code quarkus.http.limits.max-body-size} (10 MiB unless configured) with 413, far below the 128 GiB that IMS
     * accepts; upload large files to OBS and use PUT /v1/cloudimages/{image_id}/upload instead.
     */
    @PUT
    @Path("v2/images/{image_id}/file")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "GlanceUploadImageFile", summary = "Upload the file of a queued image")
    @APIResponse(responseCode = "204", description = "File stored; the image is active")
    public Uni<RestResponse<Void>> uploadImageFile(@PathParam("image_id") String imageId, byte[] file) {
        Caller caller = currentCaller.get();
        long sizeBytes = file == null ? 0 : file.length;

        return nativeImports.uploadFile(caller, imageId, sizeBytes)
                .map(image -> RestResponse.noContent());
    }
}
