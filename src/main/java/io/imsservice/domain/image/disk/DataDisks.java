package io.imsservice.domain.image.disk;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.domain.Caller;
import java.util.Optional;
import java.util.Set;

/** The checks a data disk passes before IMS makes an image of it. */
final class DataDisks {
    /** Disk types whose data IMS cannot read. */
    static final Set<String> UNSUPPORTED_TYPES = Set.of("DESS", "DSS");
    /** Disk states in which IMS can copy a disk. */
    static final Set<String> USABLE_STATES = Set.of("in-use", "available");

    private DataDisks() {
    }

    /**
     * Returns the disk after these checks, in this order: it is a data disk of the caller's project (IMG.0120), its
     * type can be read (IMG.0153), and its state lets IMS copy it (IMG.0022).
     */
    static Disk requireUsable(Caller caller, String volumeId, Optional<Disk> found) {
        Disk disk = found
                .filter(candidate -> candidate.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.DATA_DISK_UNAVAILABLE.exception("disk " + volumeId + " not found"));
        if (disk.bootable()) {
            throw ImsError.DATA_DISK_UNAVAILABLE.exception("disk " + volumeId + " is a system disk");
        }
        if (UNSUPPORTED_TYPES.contains(disk.volumeType())) {
            throw ImsError.DESS_OR_DSS_DISK_UNSUPPORTED.exception(disk.volumeType());
        }
        if (!USABLE_STATES.contains(disk.status())) {
            throw ImsError.DISK_STATE_UNSUPPORTED.exception("disk " + volumeId + " is " + disk.status());
        }
        return disk;
    }

    /** Returns the size of the disk in bytes, which the image of a whole disk has. */
    static long sizeBytes(Disk disk) {
        return disk.sizeGb() * 1024L * 1024L * 1024L;
    }
}
