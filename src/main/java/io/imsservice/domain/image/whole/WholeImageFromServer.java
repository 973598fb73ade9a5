package io.imsservice.domain.image.whole;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BackupPort;
import io.imsservice.cloud.BackupPort.Backup;
import io.imsservice.cloud.BackupPort.BackupDisk;
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
import io.imsservice.domain.image.ServerCapture;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates a full-ECS image of a running or stopped server: IMS backs the server up with CSBS, or with CBR into the
 * requested vault, and registers the backup as the image.
 */
@ApplicationScoped
public class WholeImageFromServer {
    private static final Set<String> CAPTURABLE_VM_TYPES = Set.of("kvm", "xen", "ironic");
    /** Server states in which CSBS and CBR can back a server up. */
    private static final Set<String> BACKUP_STATES = Set.of("ACTIVE", "SHUTOFF");
    private static final Set<String> UNSUPPORTED_DISK_TYPES = Set.of("DESS", "DSS");
    private static final String BACKUP_CREATING = "creating";

    private final EnterpriseProjects enterpriseProjects;
    private final ComputePort compute;
    private final BlockStoragePort blockStorage;
    private final BackupPort backups;
    private final WholeImageFactory factory;
    private final ImageRegistration registration;
    private final ImageJobs imageJobs;
    private final DependencyFaults faults;

    public WholeImageFromServer(EnterpriseProjects enterpriseProjects, ComputePort compute,
            BlockStoragePort blockStorage, BackupPort backups, WholeImageFactory factory,
            ImageRegistration registration, ImageJobs imageJobs, DependencyFaults faults) {
        this.faults = faults;
        this.enterpriseProjects = enterpriseProjects;
        this.compute = compute;
        this.blockStorage = blockStorage;
        this.backups = backups;
        this.factory = factory;
        this.registration = registration;
        this.imageJobs = imageJobs;
    }

    /**
     * Checks the enterprise project, the server and its disks, reserves a job slot and the image within quota, and
     * starts the backup and the {@code imsCreateWholeImageByInstanceJob} that ends with it. The ECS look-up of the
     * server (IMG.0137) and of its OS type (IMG.0138) may fail on the way.
     */
    Uni<Job> createWholeImage(Caller caller, WholeImageRequest request) {
        return enterpriseProjects.requireBindable(caller, request.image().enterpriseProjectId())
                .chain(() -> faults.check(DependencyOperation.VM_LOOKUP, caller.projectId()))
                .chain(() -> compute.findServer(request.instanceId()))
                .map(found -> requireBackableServer(caller, request.instanceId(), found))
                .call(server -> faults.check(DependencyOperation.OS_TYPE_LOOKUP, caller.projectId()))
                .chain(this::findDisks)
                .chain(disks -> imageJobs.inJobSlot(caller, slot -> startBackup(caller, request, disks, slot)));
    }

    /**
     * Checks the server in this order. It is the caller's (IMG.0005) and its VM type can be imaged (IMG.0063). It is
     * running or stopped (IMG.0126), not being backed up (IMG.0136) and has no other task (IMG.0010). It has a
     * system disk (IMG.0119).
     */
    private static Server requireBackableServer(Caller caller, String serverId, Optional<Server> found) {
        Server server = found
                .filter(candidate -> candidate.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.SERVER_NOT_FOUND.exception(serverId));
        if (!CAPTURABLE_VM_TYPES.contains(server.vmType())) {
            throw ImsError.VM_TYPE_UNSUPPORTED.exception(server.vmType());
        }
        if (!BACKUP_STATES.contains(server.status())) {
            throw ImsError.SERVER_STATE_BLOCKS_WHOLE_IMAGE.exception(server.status());
        }
        if (server.backupInProgress()) {
            throw ImsError.SERVER_BEING_BACKED_UP.exception(server.id());
        }
        if (server.taskState() != null) {
            throw ImsError.SERVER_HAS_TASK_IN_PROGRESS.exception(server.taskState());
        }
        if (server.systemDiskId() == null) {
            throw ImsError.SERVER_SYSTEM_DISK_MISSING.exception(server.id());
        }
        return server;
    }

    /** Finds the system disk and then the data disks; each must be in use and of a type IMS reads. */
    private Uni<ServerDisks> findDisks(Server server) {
        List<String> diskIds = new ArrayList<>();
        diskIds.add(server.systemDiskId());
        diskIds.addAll(server.dataDiskIds());
        Uni<List<Disk>> found = Uni.createFrom().item(new ArrayList<>());
        for (String diskId : diskIds) {
            found = found.chain(disks -> blockStorage.findDisk(diskId)
                    .map(disk -> requireBackableDisk(diskId, disk))
                    .map(disk -> {
                        disks.add(disk);
                        return disks;
                    }));
        }
        return found.map(disks -> new ServerDisks(server, disks));
    }

    /** Checks a disk of the server: it exists (IMG.0006), its type can be read (IMG.0153) and it is in use. */
    private static Disk requireBackableDisk(String diskId, Optional<Disk> found) {
        Disk disk = found.orElseThrow(() -> ImsError.SERVER_SYSTEM_DISK_UNSUPPORTED.exception(
                "disk " + diskId + " not found"));
        if (UNSUPPORTED_DISK_TYPES.contains(disk.volumeType())) {
            throw ImsError.DESS_OR_DSS_DISK_UNSUPPORTED.exception(disk.volumeType());
        }
        if (!"in-use".equals(disk.status())) {
            throw ImsError.DISK_STATE_UNSUPPORTED.exception("disk " + diskId + " is " + disk.status());
        }
        return disk;
    }

    /**
     * Marks the server as being backed up in one atomic step, so that of two requests for one server exactly one
     * goes on, then registers the image and the backup and starts the job. A failure undoes the earlier steps.
     */
    private Uni<Job> startBackup(Caller caller, WholeImageRequest request, ServerDisks serverDisks, Permit slot) {
        Server server = serverDisks.server();
        String backupId = UUID.randomUUID().toString();
        String provider = request.vaultId() == null ? BackupPort.CSBS : BackupPort.CBR;
        Image image = factory.fromServer(caller, request.image(), new ServerCapture(server,
                serverDisks.disks().get(0)), backupId, provider);
        List<BackupDisk> backupDisks = serverDisks.disks().stream()
                .map(disk -> new BackupDisk(disk.id(), disk.sizeGb(), disk.bootable()))
                .toList();
        Backup backup = new Backup(backupId, caller.projectId(), provider, BACKUP_CREATING, request.vaultId(),
                server.id(), server.osVersion(), backupDisks, image.id());
        Effects finishBackup = new Effects(
                () -> backups.setStatus(backupId, BackupPort.AVAILABLE)
                        .chain(() -> endBackup(server)),
                failure -> dropBackup(backupId, server));

        return compute.setBackupInProgress(server.id(), true)
                .invoke(started -> {
                    if (!started) {
                        throw ImsError.SERVER_BEING_BACKED_UP.exception(server.id() + " was claimed meanwhile");
                    }
                })
                .chain(() -> registration.register(caller, image)
                        .call(() -> backups.createBackup(backup))
                        .chain(registered -> imageJobs.submit(slot, JobType.CREATE_WHOLE_IMAGE_BY_INSTANCE,
                                        new NewImage(registered, WholeImageFactory.sizeBytes(backup)), finishBackup)
                                .onFailure().call(() -> registration.discard(registered.id())
                                        .chain(() -> backups.deleteBackup(backupId))))
                        .onFailure().call(() -> endBackup(server)));
    }

    private Uni<Void> endBackup(Server server) {
        return compute.setBackupInProgress(server.id(), false)
                .replaceWithVoid();
    }

    private Uni<Void> dropBackup(String backupId, Server server) {
        return backups.deleteBackup(backupId)
                .chain(() -> endBackup(server));
    }

    /** The server with its disks, the system disk first. */
    private record ServerDisks(Server server, List<Disk> disks) {
    }
}
