package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BlockStoragePort;
import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.cloud.ComputePort;
import io.imsservice.cloud.ComputePort.Server;
import io.imsservice.domain.Caller;
import io.imsservice.domain.eps.EnterpriseProjects;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobOutcome;
import io.imsservice.domain.job.JobRunner;
import io.imsservice.domain.job.JobType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creates a private system-disk image from a stopped ECS: POST /v2/cloudimages/action with {@code instance_id}. */
@ApplicationScoped
public class ServerImageCreation {
    /** ECS task state while IMS captures the server, which blocks a second capture (IMG.0010). */
    public static final String CAPTURE_TASK_STATE = "image_snapshot";
    /** Largest system disk IMS captures, in GiB. */
    public static final int MAX_SYSTEM_DISK_GB = 1024;

    private static final Set<String> CAPTURABLE_VM_TYPES = Set.of("kvm", "xen", "ironic");
    private static final Set<String> UNCAPTURABLE_DISK_TYPES = Set.of("DESS", "DSS");
    private static final Set<String> USABLE_SYSTEM_DISK_STATES = Set.of("in-use");

    private final ComputePort compute;
    private final BlockStoragePort blockStorage;
    private final ImageFactory factory;
    private final ImageRegistration registration;
    private final JobRunner jobRunner;
    private final DependencyFaults faults;
    private final EnterpriseProjects enterpriseProjects;
    private final ImageJobs imageJobs;

    public ServerImageCreation(ComputePort compute, BlockStoragePort blockStorage, ImageFactory factory,
            ImageRegistration registration, JobRunner jobRunner, DependencyFaults faults,
            EnterpriseProjects enterpriseProjects, ImageJobs imageJobs) {
        this.compute = compute;
        this.blockStorage = blockStorage;
        this.factory = factory;
        this.registration = registration;
        this.jobRunner = jobRunner;
        this.faults = faults;
        this.enterpriseProjects = enterpriseProjects;
        this.imageJobs = imageJobs;
    }

    /**
     * Validates the enterprise project, the server and its system disk, reserves a job slot of the project
     * (IMG.0060), reserves the image within quota, and starts the capture job. The job slot comes first, so that a
     * project at its flow-control limit gets neither an image nor a busy server. The ECS look-up of the server
     * (IMG.0137) and of its OS type (IMG.0138) may fail before any of this.
     */
    public Uni<Job> createImageFromServer(Caller caller, NewImageRequest request, String serverId) {
        return enterpriseProjects.requireBindable(caller, request.enterpriseProjectId())
                .chain(() -> faults.check(DependencyOperation.VM_LOOKUP, caller.projectId()))
                .chain(() -> compute.findServer(serverId))
                .map(found -> requireOwnServer(caller, found, serverId))
                .invoke(ServerImageCreation::requireCapturableServer)
                .call(server -> faults.check(DependencyOperation.OS_TYPE_LOOKUP, caller.projectId()))
                .chain(this::findSystemDisk)
                .chain(capture -> imageJobs.inJobSlot(caller, slot -> capture(caller, request, capture, slot)));
    }

    /**
     * Claims the server, registers the image and starts the job in the reserved job slot. A failure after the
     * claim releases the server, and a failure after the registration removes the image, so a rejected request
     * leaves nothing behind.
     */
    private Uni<Job> capture(Caller caller, NewImageRequest request, ServerCapture capture, Permit slot) {
        String serverId = capture.server().id();
        return compute.claimTask(serverId, CAPTURE_TASK_STATE)
                .invoke(claimed -> {
                    if (!claimed) {
                        throw ImsError.SERVER_HAS_TASK_IN_PROGRESS.exception(serverId + " was claimed meanwhile");
                    }
                })
                .chain(() -> registration.register(caller, factory.fromServer(caller, request, capture))
                        .chain(image -> startCaptureJob(image, capture, slot)
                                .onFailure().call(() -> registration.discard(image.id())))
                        .onFailure().call(() -> compute.setTaskState(serverId, null)));
    }

    private static Server requireOwnServer(Caller caller, Optional<Server> found, String serverId) {
        return found
                .filter(server -> server.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.SERVER_NOT_FOUND.exception(serverId));
    }

    private static void requireCapturableServer(Server server) {
        if (!CAPTURABLE_VM_TYPES.contains(server.vmType())) {
            throw ImsError.VM_TYPE_UNSUPPORTED.exception(server.vmType());
        }
        if (!"SHUTOFF".equals(server.status())) {
            throw ImsError.SERVER_NOT_STOPPED.exception(server.status());
        }
        if (server.taskState() != null) {
            throw ImsError.SERVER_HAS_TASK_IN_PROGRESS.exception(server.taskState());
        }
        if (server.systemDiskId() == null) {
            throw ImsError.SERVER_SYSTEM_DISK_MISSING.exception(server.id());
        }
    }

    private Uni<ServerCapture> findSystemDisk(Server server) {
        return blockStorage.findDisk(server.systemDiskId())
                .map(found -> found.orElseThrow(() -> ImsError.SERVER_SYSTEM_DISK_UNSUPPORTED.exception(
                        "system disk " + server.systemDiskId() + " not found")))
                .invoke(ServerImageCreation::requireCapturableSystemDisk)
                .map(disk -> new ServerCapture(server, disk));
    }

    private static void requireCapturableSystemDisk(Disk disk) {
        if (!disk.bootable()) {
            throw ImsError.SERVER_SYSTEM_DISK_UNSUPPORTED.exception("disk " + disk.id() + " is not bootable");
        }
        if (UNCAPTURABLE_DISK_TYPES.contains(disk.volumeType())) {
            throw ImsError.DESS_OR_DSS_DISK_UNSUPPORTED.exception(disk.volumeType());
        }
        if (!USABLE_SYSTEM_DISK_STATES.contains(disk.status())) {
            throw ImsError.SYSTEM_DISK_UNAVAILABLE.exception(disk.status());
        }
        if (disk.sizeGb() > MAX_SYSTEM_DISK_GB) {
            throw ImsError.SYSTEM_DISK_TOO_LARGE.exception(disk.sizeGb() + " GB");
        }
    }

    private Uni<Job> startCaptureJob(Image image, ServerCapture capture, Permit slot) {
        String serverId = capture.server().id();
        Map<String, Object> entities = Map.of("image_name", image.name());
        return jobRunner.submit(slot, JobType.CREATE_IMAGE_BY_INSTANCE, entities,
                () -> finishCapture(image, capture),
                failure -> registration.markKilled(image.id())
                        .chain(() -> compute.setTaskState(serverId, null)));
    }

    /**
     * Stores the captured system disk as the image file and activates the image. Storing it is an object storage
     * access, which may fail with IMG.0036, IMG.0037 or IMG.0040 and then ends the job in FAIL.
     */
    private Uni<JobOutcome> finishCapture(Image image, ServerCapture capture) {
        // NOTE: the simulated capture copies the whole system disk, so the image size is the disk size.
        long sizeBytes = capture.systemDisk().sizeGb() * 1024L * 1024L * 1024L;
        // NOTE: the IMS documentation does not say which credentials the real capture obtains for the image
        // store. The emulator assumes the assume-token, AK/SK and endpoint steps of any object storage access.
        return faults.checkObjectStorageAccess(image.owner())
                .chain(() -> compute.setTaskState(capture.server().id(), null))
                .chain(() -> registration.activate(image.id(), sizeBytes))
                .map(active -> JobOutcome.of(Map.of("image_id", active.id(), "image_name", active.name())));
    }
}
