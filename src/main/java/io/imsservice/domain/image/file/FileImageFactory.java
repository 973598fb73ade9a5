package io.imsservice.domain.image.file;

import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageFactory;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.image.VirtualEnvType;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds images of OBS files with the attributes IMS sets for an import. */
@ApplicationScoped
public class FileImageFactory {
    /** Root origin of every image made from a file outside the cloud. */
    public static final String FILE_ROOT_ORIGIN = "file";

    private final ImageFactory factory;

    public FileImageFactory(ImageFactory factory) {
        this.factory = factory;
    }

    /**
     * Builds a system-disk image of the file. A normal import converts the file to zvhd2, a quick import keeps its
     * format, and an ISO file stays an ISO image.
     */
    Image systemImage(Caller caller, SystemFilePlan plan, StoredObject file, String cmkId) {
        FileImportRequest request = plan.request();
        Image image = fileImage(caller, request.image(), file)
                .minDisk(plan.minDisk())
                .diskFormat(diskFormat(plan, file))
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, plan.envType().wireValue())
                .property(ImageAttributes.HW_FIRMWARE_TYPE, plan.firmware())
                .property(ImageAttributes.IS_CONFIG_INIT, Boolean.toString(request.isConfig()))
                .property(ImageAttributes.SYSTEM_CMK_ID, cmkId);
        ImageFactory.applyArchitecture(image, plan.architecture());
        if (plan.os() != null || plan.osType() == null || plan.osType().equals("Linux")) {
            factory.applyOsVersion(image, plan.os() == null ? null : plan.os().osVersion());
        } else {
            // NOTE: IMS does not document the OS version it records for a non-Linux os_type without os_version.
            // The emulator records an unknown 64-bit OS of that type.
            image.property(ImageAttributes.OS_VERSION, "Other(64 bit)")
                    .property(ImageAttributes.PLATFORM, "Other")
                    .property(ImageAttributes.OS_TYPE, plan.osType())
                    .property(ImageAttributes.OS_BIT, "64");
        }
        return image;
    }

    /** Builds a data-disk image of the file. */
    Image dataImage(Caller caller, DataFilePlan plan, StoredObject file, String cmkId) {
        return fileImage(caller, plan.request().image(), file)
                .minDisk(plan.minDisk())
                .diskFormat(plan.request().quick() ? file.format() : "zvhd2")
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, VirtualEnvType.DATA_IMAGE.wireValue())
                .property(ImageAttributes.OS_TYPE, plan.osType())
                .property(ImageAttributes.SYSTEM_CMK_ID, cmkId);
    }

    /**
     * Builds a queued image from Glance metadata, with no file yet: an x86 ECS image with the format, sizes and OS
     * of the request, in the default enterprise project.
     */
    Image glanceImage(Caller caller, GlanceImageMetadata metadata, String osVersion, NewImageRequest request) {
        Image image = factory.newPrivateImage(caller, request)
                .protectedImage(metadata.protectedImage())
                .diskFormat(metadata.diskFormat() == null ? "zvhd2" : metadata.diskFormat())
                .minDisk(metadata.minDisk() == null ? 0 : metadata.minDisk())
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, VirtualEnvType.FUSION_COMPUTE.wireValue())
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, "");
        factory.applyOsVersion(image, osVersion);
        return image;
    }

    private Image fileImage(Caller caller, NewImageRequest request, StoredObject file) {
        return factory.newPrivateImage(caller, request)
                .status(ImageStatus.SAVING)
                .property(ImageAttributes.DATA_ORIGIN, "file," + file.address())
                .property(ImageAttributes.ROOT_ORIGIN, FILE_ROOT_ORIGIN)
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, "");
    }

    private static String diskFormat(SystemFilePlan plan, StoredObject file) {
        if (plan.envType() == VirtualEnvType.ISO_IMAGE) {
            return "iso";
        }
        return plan.request().quick() ? file.format() : "zvhd2";
    }
}
