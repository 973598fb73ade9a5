package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.CreateDataImageRequestBody;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.api.dto.QuickImportImageRequestBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.image.file.DataFileRequest;
import io.imsservice.domain.image.file.FileImageImport;
import io.imsservice.domain.image.file.FileImportRequest;
import io.imsservice.domain.job.Job;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports of OBS files that have a path of their own: quick import and data-disk images. */
@Path("/")
@Tag(name = "Images")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ImageImportResource {
    /** {@code license_type} values of a quick import: the cloud's licence, or bring your own licence. */
    private static final Set<String> LICENSE_TYPES = Set.of("platform", "byol");

    private final CurrentCaller currentCaller;
    private final FileImageImport fileImports;

    public ImageImportResource(CurrentCaller currentCaller, FileImageImport fileImports) {
        this.currentCaller = currentCaller;
        this.fileImports = fileImports;
    }

    @POST
    @Path("v2/cloudimages/quickimport/action")
    @Operation(operationId = "ImportImageQuick", summary = "Import a zvhd2 or raw file from OBS as it is")
    public Uni<JobIdResponse> importImageQuick(@Valid QuickImportImageRequestBody body) {
        return quickImport(body);
    }

    @POST
    @Path("v2.1/cloudimages/quickimport/action")
    @Operation(operationId = "ImportImageQuickInSafeMode", summary = "Quick import (v2.1 path)")
    public Uni<JobIdResponse> importImageQuickInSafeMode(@Valid QuickImportImageRequestBody body) {
        return quickImport(body);
    }

    @POST
    @Path("v1/cloudimages/dataimages/action")
    @Operation(operationId = "CreateDataImage", summary = "Create a data-disk image from a file in OBS")
    public Uni<JobIdResponse> createDataImage(@Valid CreateDataImageRequestBody body) {
        return dataImport(body);
    }

    @POST
    @Path("v2.1/cloudimages/dataimages/action")
    @Operation(operationId = "CreateDataImageInSafeMode", summary = "Create a data-disk image (v2.1 path)")
    public Uni<JobIdResponse> createDataImageInSafeMode(@Valid CreateDataImageRequestBody body) {
        return dataImport(body);
    }

    /**
     * Starts a quick import after checking what only this path has: {@code type} is ECS, BMS or DataImage
     * (IMG.0157) and {@code license_type} is platform or byol (IMG.0001).
     */
    private Uni<JobIdResponse> quickImport(QuickImportImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        NewImageRequest image = ImageRequests.newImageRequest(body.name(), body.description(), body.tags(),
                body.imageTags(), null, null, body.enterpriseProjectId());
        VirtualEnvType envType = quickImportType(body.type());
        if (body.licenseType() != null && !LICENSE_TYPES.contains(body.licenseType())) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("license_type " + body.licenseType());
        }

        Uni<Job> job;
        if (envType == VirtualEnvType.DATA_IMAGE) {
            job = fileImports.importDataImage(caller, new DataFileRequest(image, body.imageUrl(), body.minDisk(),
                    body.osType(), null, true));
        } else {
            String type = envType == VirtualEnvType.IRONIC ? "BMS" : "ECS";
            job = fileImports.importSystemImage(caller, new FileImportRequest(image, body.imageUrl(),
                    body.minDisk(), body.osVersion(), body.osType(), false, null, type, true, body.architecture(),
                    body.hwFirmwareType(), List.of()));
        }
        return job.map(created -> new JobIdResponse(created.id()));
    }

    private static VirtualEnvType quickImportType(String type) {
        if (type == null) {
            return VirtualEnvType.FUSION_COMPUTE;
        }
        return switch (type) {
            case "ECS" -> VirtualEnvType.FUSION_COMPUTE;
            case "BMS" -> VirtualEnvType.IRONIC;
            case "DataImage" -> VirtualEnvType.DATA_IMAGE;
            default -> throw ImsError.CREATION_TYPE_INVALID.exception("type " + type);
        };
    }

    private Uni<JobIdResponse> dataImport(CreateDataImageRequestBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        NewImageRequest image = ImageRequests.newImageRequest(body.name(), body.description(), body.tags(),
                body.imageTags(), null, null, body.enterpriseProjectId());

        return fileImports.importDataImage(caller, new DataFileRequest(image, body.imageUrl(), body.minDisk(),
                        body.osType(), body.cmkId(), false))
                .map(created -> new JobIdResponse(created.id()));
    }
}
