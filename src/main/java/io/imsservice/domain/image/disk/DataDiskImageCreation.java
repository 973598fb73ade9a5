package io.imsservice.domain.image.disk;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BlockStoragePort;
import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.cloud.ComputePort;
import io.imsservice.cloud.ComputePort.Server;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.image.ServerImageCreation;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates one data-disk image per data disk of an ECS: POST /v2/cloudimages/action with {@code data_images} and
 * no {@code instance_id}. One {@code imsVolumesToSysDataImagesJob} copies them, with an
 * {@code imsCopyVolumeToImageJob} sub-job per disk.
 */
@ApplicationScoped
public class DataDiskImageCreation {
    private final EnterpriseProjects enterpriseProjects;
    private final BlockStoragePort blockStorage;
    private final ComputePort compute;
    private final DiskImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;
    private final DependencyFaults faults;

    public DataDiskImageCreation(EnterpriseProjects enterpriseProjects, BlockStoragePort blockStorage,
            ComputePort compute, DiskImageFactory factory, ImageRegistration registration, ImageJobs imageJobs,
            DependencyFaults faults) {
        this.faults = faults;
        this.enterpriseProjects = enterpriseProjects;
        this.blockStorage = blockStorage;
        this.compute = compute;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the disk ids, the enterprise project, each disk, and that all disks are attached to one idle server.
     * Then it reserves a job slot, claims the server, reserves the images within quota and starts the job. A
     * failure after the claim releases the server again.
     */
    public Uni<Job> createImagesFromDataDisks(Caller caller, List<DataDiskImageRequest> requests,
            String enterpriseProjectId) {
        requireDistinctDiskIds(requests);

        return enterpriseProjects.requireBindable(caller, enterpriseProjectId)
                .chain(() -> findDisks(caller, requests))
                .chain(disks -> findCommonServer(caller, disks)
                        .chain(server -> imageJobs.inJobSlot(caller,
                                slot -> startCopyJob(caller, requests, disks, server, slot))));
    }

    private static void requireDistinctDiskIds(List<DataDiskImageRequest> requests) {
        if (requests.isEmpty()) {
            throw ImsError.DATA_DISK_UNAVAILABLE.exception("data_images is empty");
        }
        Set<String> seen = new HashSet<>();
        for (DataDiskImageRequest request : requests) {
            if (request.volumeId() == null || request.volumeId().isBlank()) {
                throw ImsError.DATA_DISK_UNAVAILABLE.exception("volume_id is empty");
            }
            if (!seen.add(request.volumeId())) {
                throw ImsError.DATA_DISK_UNAVAILABLE.exception("disk " + request.volumeId() + " is listed twice");
            }
        }
    }

    private Uni<List<Disk>> findDisks(Caller caller, List<DataDiskImageRequest> requests) {
        Uni<List<Disk>> found = Uni.createFrom().item(new ArrayList<>());
        for (DataDiskImageRequest request : requests) {
            found = found.chain(disks -> blockStorage.findDisk(request.volumeId())
                    .map(disk -> requireAttachedDataDisk(caller, request.volumeId(), disk))
                    .map(disk -> {
                        disks.add(disk);
                        return disks;
                    }));
        }
        return found;
    }

    private static Disk requireAttachedDataDisk(Caller caller, String volumeId, Optional<Disk> found) {
        Disk disk = DataDisks.requireUsable(caller, volumeId, found);
        if (disk.serverId() == null) {
            throw ImsError.DATA_DISK_UNAVAILABLE.exception("disk " + volumeId + " is not attached to an ECS");
        }
        return disk;
    }

    /**
     * Returns the server all disks are attached to. Disks of several servers fail with IMG.0140, and a server with
     * a task in progress, such as another image being made of its disks, with IMG.0139. The ECS look-up of the
     * server (IMG.0137) and of its OS type (IMG.0138), which the data images record, may fail too.
     */
    private Uni<Server> findCommonServer(Caller caller, List<Disk> disks) {
        String serverId = disks.get(0).serverId();
        for (Disk disk : disks) {
            if (!disk.serverId().equals(serverId)) {
                throw ImsError.DISKS_FROM_DIFFERENT_SERVERS.exception(serverId + " and " + disk.serverId());
            }
        }
        return faults.check(DependencyOperation.VM_LOOKUP, caller.projectId())
                .chain(() -> compute.findServer(serverId))
                .map(found -> found
                        .filter(server -> server.projectId().equals(caller.projectId()))
                        .orElseThrow(() -> ImsError.SERVER_NOT_FOUND.exception(serverId)))
                .invoke(server -> {
                    if (server.taskState() != null) {
                        throw ImsError.SERVER_DISKS_BUSY.exception(server.id() + " has task " + server.taskState());
                    }
                })
                .call(server -> faults.check(DependencyOperation.OS_TYPE_LOOKUP, caller.projectId()));
    }

    private Uni<Job> startCopyJob(Caller caller, List<DataDiskImageRequest> requests, List<Disk> disks,
            Server server, Permit slot) {
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            images.add(factory.dataImage(caller, requests.get(i).image(), disks.get(i), server));
        }
        Effects releaseServer = new Effects(() -> compute.setTaskState(server.id(), null),
                failure -> compute.setTaskState(server.id(), null));

        return compute.claimTask(server.id(), ServerImageCreation.CAPTURE_TASK_STATE)
                .invoke(claimed -> {
                    if (!claimed) {
                        throw ImsError.SERVER_DISKS_BUSY.exception(server.id() + " was claimed meanwhile");
                    }
                })
                .chain(() -> registration.registerAll(caller, images)
                        .chain(registered -> imageJobs.submit(slot, JobType.CREATE_DATA_IMAGES_BY_VOLUMES, null,
                                        JobType.COPY_VOLUME_TO_IMAGE, newImages(registered, disks), releaseServer)
                                .onFailure().call(() -> registration.discardAll(registered)))
                        .onFailure().call(() -> compute.setTaskState(server.id(), null)));
    }

    private static List<NewImage> newImages(List<Image> registered, List<Disk> disks) {
        List<NewImage> newImages = new ArrayList<>();
        for (int i = 0; i < registered.size(); i++) {
            newImages.add(new NewImage(registered.get(i), DataDisks.sizeBytes(disks.get(i))));
        }
        return newImages;
    }
}
