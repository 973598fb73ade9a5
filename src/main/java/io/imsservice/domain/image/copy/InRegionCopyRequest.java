package io.imsservice.domain.image.copy;

import io.imsservice.domain.image.NewImageRequest;

/**
 * A request to copy an image into a new private image of the same project: POST /v1/cloudimages/{image_id}/copy.
 *
 * @param image name, description and enterprise project of the copy
 * @param cmkId KMS key to encrypt the copy with, or {@code null} for an unencrypted copy
 */
public record InRegionCopyRequest(NewImageRequest image, String cmkId) {
}
