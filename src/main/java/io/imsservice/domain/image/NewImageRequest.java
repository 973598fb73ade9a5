package io.imsservice.domain.image;

import java.util.Map;

/**
 * The attributes common to every image creation request, after Bean Validation.
 *
 * @param tags key/value tags, already validated, in request order
 * @param minRam minimum memory in MiB, or {@code null}
 * @param maxRam maximum memory in MiB, or {@code null}
 * @param enterpriseProjectId {@code 0} for the default enterprise project, or a UUID
 */
public record NewImageRequest(String name, String description, Map<String, String> tags, Integer minRam,
        Integer maxRam, String enterpriseProjectId) {
}
