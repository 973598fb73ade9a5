package io.imsservice.domain.image.whole;

import io.imsservice.cloud.BackupPort.Backup;
import io.imsservice.cloud.BackupPort.BackupDisk;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.CreationRules;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageFactory;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.ServerCapture;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds full-ECS images, whose disks IMS keeps in a CSBS or CBR backup. */
@ApplicationScoped
public class WholeImageFactory {
    private final ImageFactory factory;
    private final OsVersionCatalog osVersions;

    public WholeImageFactory(ImageFactory factory, OsVersionCatalog osVersions) {
        this.factory = factory;
        this.osVersions = osVersions;
    }

    /**
     * Builds a full-ECS image of the server, kept in the backup with this id and sized like a server capture.
     *
     * @param provider backup service of the backup, {@code CSBS} or {@code CBR}
     */
    Image fromServer(Caller caller, NewImageRequest request, ServerCapture capture, String backupId,
            String provider) {
        return markWhole(factory.fromServer(caller, request, capture), backupId, provider);
    }

    /** Builds a full-ECS image of a backup, with the OS of the server it was taken of. */
    Image fromBackup(Caller caller, NewImageRequest request, Backup backup) {
        int systemDiskGb = backup.disks().stream()
                .filter(BackupDisk::bootable)
                .mapToInt(BackupDisk::sizeGb)
                .findFirst()
                .orElse(0);
        OsVersion os = osVersions.find(backup.osVersion()).orElse(null);
        String architecture = CreationRules.architecture(null, os);
        Image image = factory.newPrivateImage(caller, request)
                .status(ImageStatus.SAVING)
                .minDisk(systemDiskGb)
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, VirtualEnvType.FUSION_COMPUTE.wireValue())
                .property(ImageAttributes.DATA_ORIGIN, "backup," + backup.id())
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, "")
                .property(ImageAttributes.HW_FIRMWARE_TYPE, CreationRules.firmware(null, architecture));
        ImageFactory.applyArchitecture(image, architecture);
        factory.applyOsVersion(image, backup.osVersion());
        return markWhole(image, backup.id(), backup.provider());
    }

    private static Image markWhole(Image image, String backupId, String provider) {
        return image.wholeImageType(provider)
                .property(ImageAttributes.WHOLE_IMAGE, "true")
                .property(ImageAttributes.BACKUP_ID, backupId);
    }

    /** Returns the size in bytes of every disk of the backup together, which the image has. */
    static long sizeBytes(Backup backup) {
        return backup.disks().stream()
                .mapToLong(disk -> disk.sizeGb() * 1024L * 1024L * 1024L)
                .sum();
    }
}
