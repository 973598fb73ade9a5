package io.imsservice.domain.image.export;

/**
 * A request to export an image to a file in OBS: POST /v1/cloudimages/{image_id}/file.
 *
 * @param bucketUrl file address, {@code bucket:object}
 * @param fileFormat requested file format, or {@code null}
 * @param quick whether the image is exported as it is stored, in zvhd2, without conversion
 */
public record ExportRequest(String bucketUrl, String fileFormat, boolean quick) {
}
