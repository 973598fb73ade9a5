package io.imsservice.domain.image.disk;

import io.imsservice.domain.image.NewImageRequest;

/** One entry of {@code data_images}: a data disk of an ECS and the image to create from it. */
public record DataDiskImageRequest(NewImageRequest image, String volumeId) {
}
