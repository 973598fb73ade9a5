package io.imsservice.sim;

import io.imsservice.cloud.BlockStoragePort.Disk;
import io.imsservice.cloud.ComputePort.Server;
import io.imsservice.cloud.sim.SimulatedBlockStorage;
import io.imsservice.cloud.sim.SimulatedCompute;
import io.imsservice.cloud.sim.SimulatedIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Edits the servers and disks of the simulated cloud for the simulation API and keeps their attachments
 * consistent. A server declares its disks; each attached disk names the server in {@code serverId}, turns
 * {@code in-use} when it was {@code available}, and turns back when detached.
 *
 * <p>Every edit runs under this object's lock, as does a reset, so an edit never straddles two sets of fixtures.
 */
@ApplicationScoped
public class CloudInventory {
    private static final Logger LOG = Logger.getLogger(CloudInventory.class);

    static final String DEFAULT_SERVER_STATUS = "SHUTOFF";
    static final String DEFAULT_VM_TYPE = "kvm";
    static final String DEFAULT_OS_VERSION = "CentOS 7.6 64bit";
    static final String DEFAULT_ARCHITECTURE = "x86";
    static final String DEFAULT_DISK_STATUS = "available";
    static final String DEFAULT_VOLUME_TYPE = "SSD";
    private static final String IN_USE = "in-use";

    @Inject
    SimulatedCompute compute;

    @Inject
    SimulatedBlockStorage blockStorage;

    @Inject
    SimulatedIdentity identity;

    @ConfigProperty(name = "ims.region")
    String region;

    /** Runs the action under the inventory lock, as a reset does to swap the fixtures. */
    public synchronized void runExclusively(Runnable action) {
        action.run();
    }

    /** Runs the action under the inventory lock and returns its result, so that an edit never straddles a reset. */
    public synchronized <T> T callExclusively(Supplier<T> action) {
        return action.get();
    }

    /** Lists the servers, of one project when {@code projectId} is not null. */
    public List<Server> listServers(String projectId) {
        return compute.servers().stream()
                .filter(server -> projectId == null || server.projectId().equals(projectId))
                .toList();
    }

    /** Lists the disks, of one project when {@code projectId} is not null. */
    public List<Disk> listDisks(String projectId) {
        return blockStorage.disks().stream()
                .filter(disk -> projectId == null || disk.projectId().equals(projectId))
                .toList();
    }

    public Server getServer(String serverId) {
        return compute.server(serverId)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Server " + serverId + " not found"));
    }

    public Disk getDisk(String diskId) {
        return blockStorage.disk(diskId)
                .orElseThrow(() -> SimError.NOT_FOUND.exception("Disk " + diskId + " not found"));
    }

    /** Creates a server from a validated request, filling defaults, and attaches the disks it lists. */
    public synchronized Server createServer(SimServer request) {
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        if (compute.server(id).isPresent()) {
            throw SimError.ALREADY_EXISTS.exception("Server " + id + " already exists");
        }
        requireProject(request.projectId());

        Server server = serverWithDefaults(id, request.projectId(), request);
        requireAttachableDisks(server);

        attachDisks(server);
        compute.saveServer(server);
        LOG.infov("Simulated server {0} created in project {1}", server.id(), server.projectId());
        return server;
    }

    /**
     * Replaces a server with the result of the change, which gets the current server and returns the validated
     * request. The id and project cannot change, and a field set to null takes its default. Disks the server no
     * longer lists are detached and new ones attached.
     */
    public synchronized Server updateServer(String serverId, UnaryOperator<SimServer> change) {
        Server current = getServer(serverId);
        SimServer request = change.apply(SimServer.of(current));
        requireUnchanged("id", current.id(), request.id());
        requireUnchanged("project_id", current.projectId(), request.projectId());

        Server updated = serverWithDefaults(current.id(), current.projectId(), request);
        requireAttachableDisks(updated);

        Set<String> keptDiskIds = diskIdsOf(updated);
        diskIdsOf(current).stream()
                .filter(diskId -> !keptDiskIds.contains(diskId))
                .forEach(this::detachDisk);
        attachDisks(updated);
        compute.saveServer(updated);
        LOG.infov("Simulated server {0} updated", serverId);
        return updated;
    }

    /** Deletes a server and detaches its disks, which stay in the inventory. */
    public synchronized void deleteServer(String serverId) {
        Server server = getServer(serverId);
        diskIdsOf(server).forEach(this::detachDisk);
        compute.deleteServer(serverId);
        LOG.infov("Simulated server {0} deleted", serverId);
    }

    /** Creates an unattached disk from a validated request, filling defaults. */
    public synchronized Disk createDisk(SimDisk request) {
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        if (blockStorage.disk(id).isPresent()) {
            throw SimError.ALREADY_EXISTS.exception("Disk " + id + " already exists");
        }
        if (request.serverId() != null) {
            throw readOnlyServerId();
        }
        requireProject(request.projectId());

        Disk disk = diskWithDefaults(id, request.projectId(), null, request);
        blockStorage.saveDisk(disk);
        LOG.infov("Simulated disk {0} created in project {1}", disk.id(), disk.projectId());
        return disk;
    }

    /**
     * Replaces a disk with the result of the change, which gets the current disk and returns the validated request.
     * The id, project and attachment cannot change, and a field set to null takes its default.
     */
    public synchronized Disk updateDisk(String diskId, UnaryOperator<SimDisk> change) {
        Disk current = getDisk(diskId);
        SimDisk request = change.apply(SimDisk.of(current));
        requireUnchanged("id", current.id(), request.id());
        requireUnchanged("project_id", current.projectId(), request.projectId());
        if (!Objects.equals(current.serverId(), request.serverId())) {
            throw readOnlyServerId();
        }

        Disk updated = diskWithDefaults(current.id(), current.projectId(), current.serverId(), request);
        blockStorage.saveDisk(updated);
        LOG.infov("Simulated disk {0} updated", diskId);
        return updated;
    }

    /** Deletes a disk and removes it from the server it was attached to. */
    public synchronized void deleteDisk(String diskId) {
        Disk disk = getDisk(diskId);
        if (disk.serverId() != null) {
            compute.server(disk.serverId())
                    .map(server -> withoutDisk(server, diskId))
                    .ifPresent(compute::saveServer);
        }
        blockStorage.deleteDisk(diskId);
        LOG.infov("Simulated disk {0} deleted", diskId);
    }

    private Server serverWithDefaults(String id, String projectId, SimServer request) {
        return new Server(id, projectId, request.name(),
                Objects.requireNonNullElse(request.status(), DEFAULT_SERVER_STATUS),
                request.taskState(),
                Objects.requireNonNullElse(request.vmType(), DEFAULT_VM_TYPE),
                request.systemDiskId(),
                List.copyOf(Objects.requireNonNullElse(request.dataDiskIds(), List.of())),
                Objects.requireNonNullElse(request.availabilityZone(), region + "a"),
                Objects.requireNonNullElse(request.osVersion(), DEFAULT_OS_VERSION),
                Objects.requireNonNullElse(request.architecture(), DEFAULT_ARCHITECTURE),
                Boolean.TRUE.equals(request.backupInProgress()));
    }

    private static Disk diskWithDefaults(String id, String projectId, String serverId, SimDisk request) {
        return new Disk(id, projectId,
                Objects.requireNonNullElse(request.status(), DEFAULT_DISK_STATUS),
                Objects.requireNonNullElse(request.volumeType(), DEFAULT_VOLUME_TYPE),
                request.sizeGb(), serverId, Boolean.TRUE.equals(request.bootable()));
    }

    private void requireProject(String projectId) {
        if (identity.project(projectId).isEmpty()) {
            throw SimError.REFERENCE_INVALID.exception("Project " + projectId + " not found: use a project id "
                    + "that GET /sim/v1/projects lists");
        }
    }

    private static void requireUnchanged(String field, String current, String requested) {
        if (!Objects.equals(current, requested)) {
            throw SimError.FIELD_INVALID.exception("Field '" + field + "' cannot be changed (it is " + current
                    + ")");
        }
    }

    private static SimException readOnlyServerId() {
        return SimError.FIELD_INVALID.exception("Field 'server_id' is read-only: attach a disk by listing it in "
                + "system_disk_id or data_disk_ids of a server");
    }

    /** Checks that the disks exist, belong to the server's project, are listed once and are free or already its. */
    private void requireAttachableDisks(Server server) {
        List<String> listed = new ArrayList<>(server.dataDiskIds());
        if (server.systemDiskId() != null) {
            listed.add(server.systemDiskId());
        }
        Set<String> seen = new HashSet<>();
        for (String diskId : listed) {
            if (!seen.add(diskId)) {
                throw SimError.REFERENCE_INVALID.exception("Disk " + diskId + " is listed twice on the server");
            }
            Disk disk = blockStorage.disk(diskId)
                    .orElseThrow(() -> SimError.REFERENCE_INVALID.exception("Disk " + diskId + " not found"));
            if (!disk.projectId().equals(server.projectId())) {
                throw SimError.REFERENCE_INVALID.exception("Disk " + diskId + " belongs to project "
                        + disk.projectId() + ", not to the server's project " + server.projectId());
            }
            if (disk.serverId() != null && !disk.serverId().equals(server.id())) {
                throw SimError.REFERENCE_INVALID.exception("Disk " + diskId + " is attached to server "
                        + disk.serverId() + ": detach it there first");
            }
        }
    }

    private void attachDisks(Server server) {
        for (String diskId : diskIdsOf(server)) {
            Disk disk = blockStorage.disk(diskId).orElseThrow();
            String status = DEFAULT_DISK_STATUS.equals(disk.status()) ? IN_USE : disk.status();
            blockStorage.saveDisk(new Disk(disk.id(), disk.projectId(), status, disk.volumeType(), disk.sizeGb(),
                    server.id(), disk.bootable()));
        }
    }

    private void detachDisk(String diskId) {
        blockStorage.disk(diskId).ifPresent(disk -> {
            String status = IN_USE.equals(disk.status()) ? DEFAULT_DISK_STATUS : disk.status();
            blockStorage.saveDisk(new Disk(disk.id(), disk.projectId(), status, disk.volumeType(), disk.sizeGb(),
                    null, disk.bootable()));
        });
    }

    private static Set<String> diskIdsOf(Server server) {
        Set<String> ids = new LinkedHashSet<>();
        if (server.systemDiskId() != null) {
            ids.add(server.systemDiskId());
        }
        ids.addAll(server.dataDiskIds());
        return ids;
    }

    private static Server withoutDisk(Server server, String diskId) {
        String systemDiskId = diskId.equals(server.systemDiskId()) ? null : server.systemDiskId();
        List<String> dataDiskIds = server.dataDiskIds().stream()
                .filter(id -> !id.equals(diskId))
                .toList();
        return new Server(server.id(), server.projectId(), server.name(), server.status(), server.taskState(),
                server.vmType(), systemDiskId, dataDiskIds, server.availabilityZone(), server.osVersion(),
                server.architecture(), server.backupInProgress());
    }
}
