package io.imsservice.domain.image.disk;

import io.imsservice.domain.image.NewImageRequest;

/**
 * A request to create a system-disk image from a data disk that has an OS installed: POST /v2/cloudimages/action
 * with {@code volume_id}.
 *
 * @param osVersion OS installed on the disk, which IMS cannot check and takes as given
 * @param type the request's {@code type}, or {@code null} for an ECS image
 * @param firmware the requested {@code hw_firmware_type}, or {@code null}
 */
public record VolumeImageRequest(NewImageRequest image, String volumeId, String osVersion, String type,
        String architecture, String firmware) {
}
