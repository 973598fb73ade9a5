package io.imsservice.domain.image.disk;

import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.os.OsVersion;

/** A data-disk to system-image request whose fields passed the checks that need no other service. */
record VolumePlan(VirtualEnvType envType, OsVersion os, String architecture, String firmware) {
}
