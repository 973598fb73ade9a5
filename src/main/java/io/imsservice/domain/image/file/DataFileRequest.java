package io.imsservice.domain.image.file;

import io.imsservice.domain.image.NewImageRequest;

/**
 * A request to create a data-disk image from an image file in OBS: POST /v1/cloudimages/dataimages/action, a quick
 * import of type {@code DataImage}, or an entry of {@code data_images} next to {@code image_url}.
 *
 * @param imageUrl file address, {@code bucket:object}
 * @param minDisk minimum data disk size in GiB
 * @param osType {@code Linux} or {@code Windows}, or {@code null} for Linux
 * @param cmkId KMS key to encrypt the image with, or {@code null}
 * @param quick whether the file is quick-imported
 */
public record DataFileRequest(NewImageRequest image, String imageUrl, Integer minDisk, String osType, String cmkId,
        boolean quick) {
}
