package io.imsservice.domain.image.file;

import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.obs.ImageFileAddress;
import io.imsservice.domain.obs.ImageFileRules;
import io.imsservice.domain.os.OsVersion;
import java.util.List;

/**
 * A system-disk import whose request passed the checks that need no other service.
 *
 * @param os the OS version of the region's list, or {@code null} when the request gave none
 * @param osType the requested {@code os_type}, or {@code null}
 */
record SystemFilePlan(FileImportRequest request, VirtualEnvType envType, int minDisk, OsVersion os, String osType,
        String architecture, String firmware, ImageFileAddress address, ImageFileRules rules,
        List<DataFilePlan> dataFiles) {
}
