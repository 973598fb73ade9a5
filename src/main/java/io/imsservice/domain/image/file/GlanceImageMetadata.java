package io.imsservice.domain.image.file;

import java.util.List;

/**
 * The metadata of an image that gets its file later: POST /v2/images, followed by an upload from OBS or of the
 * file itself.
 *
 * @param osVersion {@code __os_version}, or {@code null} for {@code Other Linux(64 bit)}
 * @param containerFormat {@code bare}, the only one IMS supports, or {@code null}
 * @param diskFormat {@code vhd}, {@code zvhd}, {@code zvhd2}, {@code raw} or {@code qcow2}, or {@code null} for zvhd2
 * @param minDisk minimum disk size in GiB, or {@code null} for 0
 * @param minRam minimum memory in MiB, or {@code null} for 0
 * @param tags Glance tags: {@code key=value}, or a bare key
 * @param visibility {@code private}, the only one a tenant may set, or {@code null}
 */
public record GlanceImageMetadata(String name, String osVersion, String containerFormat, String diskFormat,
        Integer minDisk, Integer minRam, List<String> tags, String visibility, boolean protectedImage) {

    public GlanceImageMetadata {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
