package io.imsservice.domain.image.disk;

import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.cloud.ComputePort.Server;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageFactory;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds images of EVS disks with the attributes IMS sets for each kind. */
@ApplicationScoped
public class DiskImageFactory {
    private final ImageFactory factory;
    private final OsVersionCatalog osVersions;

    public DiskImageFactory(ImageFactory factory, OsVersionCatalog osVersions) {
        this.factory = factory;
        this.osVersions = osVersions;
    }

    /** Builds a data-disk image of an ECS data disk, with the OS type of the server. */
    Image dataImage(Caller caller, NewImageRequest request, Disk disk, Server server) {
        String osType = osVersions.find(server.osVersion())
                .map(OsVersion::osType)
                .orElse("Linux");
        return diskImage(caller, request, disk)
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, VirtualEnvType.DATA_IMAGE.wireValue())
                .property(ImageAttributes.OS_TYPE, osType);
    }

    /** Builds a system-disk image of a data disk with the requested OS version, architecture and firmware. */
    Image systemImage(Caller caller, NewImageRequest request, Disk disk, VolumePlan plan) {
        Image image = diskImage(caller, request, disk)
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, plan.envType().wireValue())
                .property(ImageAttributes.HW_FIRMWARE_TYPE, plan.firmware());
        ImageFactory.applyArchitecture(image, plan.architecture());
        factory.applyOsVersion(image, plan.os().osVersion());
        return image;
    }

    private Image diskImage(Caller caller, NewImageRequest request, Disk disk) {
        return factory.newPrivateImage(caller, request)
                .status(ImageStatus.SAVING)
                .minDisk(disk.sizeGb())
                .property(ImageAttributes.DATA_ORIGIN, "volume," + disk.id())
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, "");
    }
}
