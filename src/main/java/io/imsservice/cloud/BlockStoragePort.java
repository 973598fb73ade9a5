package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** EVS disks that images are created from. */
public interface BlockStoragePort {

    /**
     * A disk.
     *
     * @param status EVS status: {@code in-use}, {@code available}, {@code error}, {@code creating} and so on
     * @param volumeType disk type: {@code SATA}, {@code SAS}, {@code SSD}, {@code GPSSD}; {@code DESS} and
     *     {@code DSS} disks cannot be captured
     * @param sizeGb size in GiB
     * @param serverId server the disk is attached to, or {@code null}
     * @param bootable whether this is a system disk
     */
    record Disk(String id, String projectId, String status, String volumeType, int sizeGb, String serverId,
            boolean bootable) {
    }

    Uni<Optional<Disk>> findDisk(String diskId);
}
