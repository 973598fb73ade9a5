package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** CSBS and CBR backups of whole servers, which full-ECS images are made from and kept in. */
public interface BackupPort {

    /** Cloud Server Backup Service, the older backup service and the default of full-ECS images. */
    String CSBS = "CSBS";
    /** Cloud Backup and Recovery, which keeps backups in vaults. */
    String CBR = "CBR";
    /** Backup status in which it can be used. */
    String AVAILABLE = "available";

    /**
     * A backup.
     *
     * @param provider {@link #CSBS} or {@link #CBR}
     * @param status {@code available}, {@code creating}, {@code error}, {@code deleting} and so on
     * @param vaultId CBR vault that keeps the backup, or {@code null} for CSBS
     * @param serverId server the backup was taken of
     * @param osVersion OS version of that server, as IMS lists it
     * @param disks the backed-up disks
     * @param imageId image the backup is registered as, or {@code null} when it was never used for an image
     */
    record Backup(String id, String projectId, String provider, String status, String vaultId, String serverId,
            String osVersion, List<BackupDisk> disks, String imageId) {

        public Backup {
            disks = List.copyOf(disks);
        }

        /** Returns whether the backup contains a system disk, which an image needs. */
        public boolean hasSystemDisk() {
            return disks.stream().anyMatch(BackupDisk::bootable);
        }

        public boolean registered() {
            return imageId != null;
        }

        public Backup withStatus(String newStatus) {
            return new Backup(id, projectId, provider, newStatus, vaultId, serverId, osVersion, disks, imageId);
        }

        public Backup withImageId(String newImageId) {
            return new Backup(id, projectId, provider, status, vaultId, serverId, osVersion, disks, newImageId);
        }
    }

    /**
     * A disk in a backup.
     *
     * @param volumeId id of the EVS disk that was backed up
     * @param sizeGb size in GiB
     * @param bootable whether it is the system disk
     */
    record BackupDisk(String volumeId, int sizeGb, boolean bootable) {
    }

    Uni<Optional<Backup>> findBackup(String backupId);

    /** Stores a new backup, such as the one a full-ECS image of a server is kept in. */
    Uni<Backup> createBackup(Backup backup);

    /**
     * Registers the backup as the image unless it already is registered as one: the check and the change are one
     * atomic step, so of two concurrent requests for one backup exactly one gets {@code true}.
     *
     * @return whether this call registered the backup; {@code false} when it was registered already or is gone
     */
    Uni<Boolean> registerImage(String backupId, String imageId);

    /** Undoes {@link #registerImage} when the image could not be created; other registrations stay. */
    Uni<Void> unregisterImage(String backupId, String imageId);

    Uni<Void> setStatus(String backupId, String status);

    Uni<Void> deleteBackup(String backupId);
}
