package io.imsservice.domain.image.disk;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BlockStoragePort;
import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.image.CreationRules;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.image.VirtualEnvType;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.imsservice.domain.os.OsVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Creates a system-disk image from a data disk: POST /v2/cloudimages/action with {@code volume_id}. */
@ApplicationScoped
public class VolumeImageCreation {
    private final CreationRules rules;
    private final EnterpriseProjects enterpriseProjects;
    private final BlockStoragePort blockStorage;
    private final DiskImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;

    public VolumeImageCreation(CreationRules rules, EnterpriseProjects enterpriseProjects,
            BlockStoragePort blockStorage, DiskImageFactory factory, ImageRegistration registration,
            ImageJobs imageJobs) {
        this.rules = rules;
        this.enterpriseProjects = enterpriseProjects;
        this.blockStorage = blockStorage;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the request, its enterprise project and the disk, reserves a job slot and the image within quota, and
     * starts the {@code imsVolumeCreateImageJob} that copies the disk.
     */
    public Uni<Job> createImageFromVolume(Caller caller, VolumeImageRequest request) {
        VolumePlan plan = plan(request);

        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> blockStorage.findDisk(request.volumeId()))
                .map(found -> DataDisks.requireUsable(caller, request.volumeId(), found))
                .invoke(VolumeImageCreation::requireSystemDiskSize)
                .chain(disk -> imageJobs.inJobSlot(caller, slot -> startCopyJob(caller, request, plan, disk, slot)));
    }

    private Uni<Job> startCopyJob(Caller caller, VolumeImageRequest request, VolumePlan plan, Disk disk,
            Permit slot) {
        return registration.register(caller, factory.systemImage(caller, request.image(), disk, plan))
                .chain(image -> imageJobs.submit(slot, JobType.CREATE_IMAGE_BY_VOLUME,
                                new NewImage(image, DataDisks.sizeBytes(disk)), Effects.NONE)
                        .onFailure().call(() -> registration.discard(image.id())));
    }

    /**
     * Checks what needs no other service, in this order: the disk id (IMG.0120), the OS version, which IMS cannot
     * read from the disk and so needs (IMG.0056), the image type (IMG.0117), and the architecture and firmware
     * (IMG.0001).
     */
    private VolumePlan plan(VolumeImageRequest request) {
        if (request.volumeId() == null || request.volumeId().isBlank()) {
            throw ImsError.DATA_DISK_UNAVAILABLE.exception("volume_id is empty");
        }
        if (request.osVersion() == null) {
            throw ImsError.OS_VERSION_INVALID.exception("os_version is required with volume_id");
        }
        OsVersion os = rules.requireKnownVersion(request.osVersion());
        VirtualEnvType envType = request.type() == null
                ? VirtualEnvType.FUSION_COMPUTE
                : VirtualEnvType.fromRequestType(request.type())
                        .filter(type -> type == VirtualEnvType.FUSION_COMPUTE || type == VirtualEnvType.IRONIC)
                        .orElseThrow(() -> ImsError.IMAGE_SOURCE_TYPE_INVALID.exception("type " + request.type()));
        String architecture = CreationRules.architecture(request.architecture(), os);
        String firmware = CreationRules.firmware(request.firmware(), architecture);
        return new VolumePlan(envType, os, architecture, firmware);
    }

    private static void requireSystemDiskSize(Disk disk) {
        if (disk.sizeGb() > CreationRules.MAX_SYSTEM_DISK_GB) {
            throw ImsError.SYSTEM_DISK_TOO_LARGE.exception(disk.sizeGb() + " GB");
        }
    }
}
