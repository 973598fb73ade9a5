package io.imsservice.domain.image.file;

import io.imsservice.domain.obs.ImageFileAddress;
import io.imsservice.domain.obs.ImageFileRules;

/** A data-disk import whose request passed the checks that need no other service. */
record DataFilePlan(DataFileRequest request, ImageFileAddress address, int minDisk, String osType,
        ImageFileRules rules) {
}
