package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of POST /v1/cloudimages/{image_id}/file: the OBS file to write, {@code bucket:object}, its format, and
 * whether to export the image as it is stored, in zvhd2.
 */
@RegisterForReflection
public record ExportImageRequestBody(
        @JsonProperty("bucket_url") String bucketUrl,
        @JsonProperty("file_format") String fileFormat,
        @JsonProperty("is_quick_export") Boolean isQuickExport) {
}
