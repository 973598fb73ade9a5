package io.imsservice.domain.image.file;

import io.imsservice.domain.image.NewImageRequest;
import java.util.List;

/**
 * A request to create a system-disk image from an image file in OBS: {@code image_url} of
 * POST /v2/cloudimages/action, or POST /v2/cloudimages/quickimport/action for an ECS or BMS image.
 *
 * @param imageUrl file address, {@code bucket:object}
 * @param minDisk minimum system disk size in GiB
 * @param type the request's {@code type}, or {@code null} for an ECS image
 * @param quick whether the file is quick-imported: copied as it is, so it must be zvhd2, or raw with a bitmap file
 * @param firmware the requested {@code hw_firmware_type}, or {@code null}
 * @param dataFiles up to three more files to import as data-disk images with the system image
 */
public record FileImportRequest(NewImageRequest image, String imageUrl, Integer minDisk, String osVersion,
        String osType, boolean isConfig, String cmkId, String type, boolean quick, String architecture,
        String firmware, List<DataFileRequest> dataFiles) {

    public FileImportRequest {
        dataFiles = dataFiles == null ? List.of() : List.copyOf(dataFiles);
    }
}
