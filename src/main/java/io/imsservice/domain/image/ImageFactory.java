package io.imsservice.domain.image;

import io.imsservice.cloud.ComputePort.Server;
import io.imsservice.domain.Caller;
import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builds new images with the attributes IMS sets for each source. */
@ApplicationScoped
public class ImageFactory {
    /** Default enterprise project id. */
    public static final String DEFAULT_ENTERPRISE_PROJECT = "0";

    private final OsVersionCatalog osVersions;

    public ImageFactory(OsVersionCatalog osVersions) {
        this.osVersions = osVersions;
    }

    /** Builds a private image of the caller's project and region with the request's attributes, status queued. */
    public Image newPrivateImage(Caller caller, NewImageRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Image image = new Image()
                .id(UUID.randomUUID().toString())
                .name(request.name())
                .status(ImageStatus.QUEUED)
                .visibility("private")
                .protectedImage(false)
                .owner(caller.projectId())
                .region(caller.region())
                .diskFormat("zvhd2")
                .minRam(request.minRam() == null ? 0 : request.minRam())
                .createdAt(now)
                .updatedAt(now)
                .property(ImageAttributes.IMAGE_TYPE, "private")
                .property(ImageAttributes.IS_REGISTERED, "true")
                .property(ImageAttributes.DESCRIPTION, request.description() == null ? "" : request.description())
                .property(ImageAttributes.IMAGE_SIZE, "0")
                .property(ImageAttributes.BACKUP_ID, "")
                .property(ImageAttributes.PRODUCT_CODE, "")
                .property(ImageAttributes.SYSTEM_SUPPORT_MARKET, "false")
                .property(ImageAttributes.WHOLE_IMAGE, "false")
                .property("__image_source_type", "uds")
                .property("__lazyloading", "true")
                .property("__sequence_num", "0")
                .property(ImageAttributes.ENTERPRISE_PROJECT_ID, request.enterpriseProjectId() == null
                        ? DEFAULT_ENTERPRISE_PROJECT
                        : request.enterpriseProjectId())
                .property(ImageAttributes.MAX_RAM, request.maxRam() == null ? null : request.maxRam().toString());
        image.tags().putAll(request.tags());
        return image;
    }

    /** Builds a system-disk image of the server: FusionCompute, zvhd2, sized to the system disk, OS of the server. */
    public Image fromServer(Caller caller, NewImageRequest request, ServerCapture capture) {
        Server server = capture.server();
        Image image = newPrivateImage(caller, request)
                .status(ImageStatus.SAVING)
                .minDisk(capture.systemDisk().sizeGb())
                .property(ImageAttributes.VIRTUAL_ENV_TYPE, "FusionCompute")
                .property(ImageAttributes.DATA_ORIGIN, "instance," + server.id())
                .property("__originalimagename", "")
                .property(ImageAttributes.HW_FIRMWARE_TYPE, "arm".equals(server.architecture()) ? "uefi" : "bios");
        applyArchitecture(image, server.architecture());
        applyVirtualisation(image, server.vmType());
        applyOsVersion(image, server.osVersion());
        return image;
    }

    /**
     * Builds the copy of an image in a project of another region, status {@code saving}. The copy keeps the source's
     * formats, sizes and attributes, such as the OS and the virtualisation support, names the source in
     * {@code __originalimagename}, and takes the name, description and enterprise project of the request. A copy of
     * a full-ECS image gets a backup of its own in the target region.
     */
    public Image crossRegionCopy(Image source, NewImageRequest request, String projectId, String region) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Image image = new Image()
                .id(UUID.randomUUID().toString())
                .name(request.name())
                .status(ImageStatus.SAVING)
                .visibility("private")
                .protectedImage(false)
                .owner(projectId)
                .region(region)
                .diskFormat(source.diskFormat())
                .containerFormat(source.containerFormat())
                .minDisk(source.minDisk())
                .minRam(source.minRam())
                .createdAt(now)
                .updatedAt(now);
        image.properties().putAll(source.properties());
        return image
                .property(ImageAttributes.IMAGE_TYPE, "private")
                .property(ImageAttributes.DESCRIPTION, request.description() == null ? "" : request.description())
                .property(ImageAttributes.ENTERPRISE_PROJECT_ID, request.enterpriseProjectId() == null
                        ? DEFAULT_ENTERPRISE_PROJECT
                        : request.enterpriseProjectId())
                .property(ImageAttributes.IMAGE_SIZE, "0")
                .property(ImageAttributes.ORIGINAL_IMAGE_NAME, source.id())
                .property(ImageAttributes.BACKUP_ID, source.isWholeImage() ? UUID.randomUUID().toString() : "")
                .property(ImageAttributes.PRODUCT_CODE, "");
    }

    /** Sets {@code __support_arm} and {@code __support_amd} for the CPU architecture, {@code arm} or {@code x86}. */
    public static void applyArchitecture(Image image, String architecture) {
        boolean arm = "arm".equals(architecture);
        image.property(ImageAttributes.SUPPORT_ARM, Boolean.toString(arm));
        image.property(ImageAttributes.SUPPORT_AMD, Boolean.toString(!arm));
    }

    private static void applyVirtualisation(Image image, String vmType) {
        if ("kvm".equals(vmType)) {
            image.property(ImageAttributes.SUPPORT_KVM, "true");
        } else if ("xen".equals(vmType)) {
            image.property(ImageAttributes.SUPPORT_XEN, "true");
        } else if ("ironic".equals(vmType)) {
            image.property(ImageAttributes.VIRTUAL_ENV_TYPE, "Ironic");
        }
    }

    /** Sets {@code __os_version} and the platform, type and bitness IMS derives from it. */
    public void applyOsVersion(Image image, String osVersion) {
        OsVersion known = osVersion == null ? null : osVersions.find(osVersion).orElse(null);
        image.property(ImageAttributes.OS_VERSION, osVersion == null ? "Other Linux(64 bit)" : osVersion);
        image.property(ImageAttributes.PLATFORM, known == null ? "Other" : known.platform());
        image.property(ImageAttributes.OS_TYPE, known == null ? "Linux" : known.osType());
        image.property(ImageAttributes.OS_BIT, known == null ? "64" : Integer.toString(known.osBit()));
    }
}
