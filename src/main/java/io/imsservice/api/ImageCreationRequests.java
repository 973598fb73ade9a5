package io.imsservice.api;

import io.imsservice.api.dto.CreateImageRequestBody;
import io.imsservice.api.dto.CreateImageRequestBody.DataImageBody;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.disk.DataDiskImageRequest;
import io.imsservice.domain.image.disk.VolumeImageRequest;
import io.imsservice.domain.image.file.DataFileRequest;
import io.imsservice.domain.image.file.FileImportRequest;
import java.util.List;

/** Turns the body of POST /v2/cloudimages/action into the domain request of its source. */
final class ImageCreationRequests {

    private ImageCreationRequests() {
    }

    static NewImageRequest image(CreateImageRequestBody body) {
        return ImageRequests.newImageRequest(body.name(), body.description(), body.tags(), body.imageTags(),
                body.minRam(), body.maxRam(), body.enterpriseProjectId());
    }

    /** Builds an import of {@code image_url}, with the entries of {@code data_images} as data-disk files. */
    static FileImportRequest fileImport(CreateImageRequestBody body) {
        List<DataFileRequest> dataFiles = body.dataImages() == null
                ? List.of()
                : body.dataImages().stream()
                        .map(entry -> dataFile(entry, body.enterpriseProjectId()))
                        .toList();
        return new FileImportRequest(image(body), body.imageUrl(), body.minDisk(), body.osVersion(), body.osType(),
                Boolean.TRUE.equals(body.isConfig()), body.cmkId(), body.type(),
                Boolean.TRUE.equals(body.isQuickImport()), body.architecture(), body.hwFirmwareType(), dataFiles);
    }

    private static DataFileRequest dataFile(DataImageBody entry, String enterpriseProjectId) {
        NewImageRequest image = dataImage(entry, enterpriseProjectId);
        return new DataFileRequest(image, entry.imageUrl(), entry.minDisk(), null, null,
                Boolean.TRUE.equals(entry.isQuickImport()));
    }

    /** Builds one request per ECS data disk of {@code data_images}, each with the body's enterprise project. */
    static List<DataDiskImageRequest> dataDisks(CreateImageRequestBody body) {
        return body.dataImages().stream()
                .map(entry -> new DataDiskImageRequest(dataImage(entry, body.enterpriseProjectId()),
                        entry == null ? null : entry.volumeId()))
                .toList();
    }

    private static NewImageRequest dataImage(DataImageBody entry, String enterpriseProjectId) {
        if (entry == null) {
            return ImageRequests.newImageRequest(null, null, null, null, null, null, enterpriseProjectId);
        }
        return ImageRequests.newImageRequest(entry.name(), entry.description(), entry.tags(), entry.imageTags(),
                null, null, enterpriseProjectId);
    }

    static VolumeImageRequest volumeImage(CreateImageRequestBody body) {
        return new VolumeImageRequest(image(body), body.volumeId(), body.osVersion(), body.type(),
                body.architecture(), body.hwFirmwareType());
    }
}
