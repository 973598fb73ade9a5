package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.CreateImageRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.ServerImageCreation;
import io.imsservice.domain.image.disk.DataDiskImageCreation;
import io.imsservice.domain.image.disk.VolumeImageCreation;
import io.imsservice.domain.image.file.FileImageImport;
import io.imsservice.domain.job.Job;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Image creation: POST /v2/cloudimages/action and its /v2.1 twin. */
@Path("/")
@Tag(name = "Images", description = "Private images and their creation")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ImageCreationResource {
    private final CurrentCaller currentCaller;
    private final ServerImageCreation serverImages;
    private final DataDiskImageCreation dataDiskImages;
    private final VolumeImageCreation volumeImages;
    private final FileImageImport fileImports;

    public ImageCreationResource(CurrentCaller currentCaller, ServerImageCreation serverImages,
            DataDiskImageCreation dataDiskImages, VolumeImageCreation volumeImages, FileImageImport fileImports) {
        this.currentCaller = currentCaller;
        this.serverImages = serverImages;
        this.dataDiskImages = dataDiskImages;
        this.volumeImages = volumeImages;
        this.fileImports = fileImports;
    }

    @POST
    @Path("v2/cloudimages/action")
    @Operation(operationId = "CreateImage", summary = "Create a private image from an ECS, its disks or a file")
    public Uni<JobIdResponse> createImage(@Valid CreateImageRequestBody body) {
        return create(body);
    }

    @POST
    @Path("v2.1/cloudimages/action")
    @Operation(operationId = "CreateImageInSafeMode", summary = "Create a private image (v2.1 path)")
    public Uni<JobIdResponse> createImageInSafeMode(@Valid CreateImageRequestBody body) {
        return create(body);
    }

    private Uni<JobIdResponse> create(CreateImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        // With image_url, data_images lists extra files of the import; without it, data disks of an ECS.
        boolean fromFile = body.imageUrl() != null;
        boolean fromDataDisks = body.dataImages() != null && !fromFile;
        int sources = count(body.instanceId() != null, fromDataDisks, fromFile, body.volumeId() != null);
        if (sources > 1) {
            throw ImsError.RESOURCE_TYPE_UNKNOWN.exception("more than one image source");
        }

        Uni<Job> job;
        if (fromFile) {
            job = fileImports.importSystemImage(caller, ImageCreationRequests.fileImport(body));
        } else if (fromDataDisks) {
            job = dataDiskImages.createImagesFromDataDisks(caller, ImageCreationRequests.dataDisks(body),
                    body.enterpriseProjectId());
        } else if (body.volumeId() != null) {
            job = volumeImages.createImageFromVolume(caller, ImageCreationRequests.volumeImage(body));
        } else {
            if (body.instanceId() == null || body.instanceId().isBlank()) {
                throw ImsError.SERVER_ID_MISSING.exception();
            }
            job = serverImages.createImageFromServer(caller, ImageCreationRequests.image(body), body.instanceId());
        }
        return job.map(created -> new JobIdResponse(created.id()));
    }

    private static int count(boolean... present) {
        int count = 0;
        for (boolean value : present) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
