package io.imsservice.cloud.sim;

import io.imsservice.cloud.ComputePort;
import io.imsservice.sim.Fixtures;
import io.imsservice.sim.FixturesLoaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ECS of the simulated cloud: servers seeded from the fixtures and edited through the simulation API. Servers keep
 * the order in which they were added, so listings are stable.
 */
@ApplicationScoped
public class SimulatedCompute implements ComputePort {

    private final Map<String, Server> servers = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        servers.clear();
        for (Fixtures.Server server : event.fixtures().servers()) {
            servers.put(server.id(), new Server(server.id(), server.projectId(), server.name(), server.status(),
                    server.taskState(), server.vmType(), server.systemDiskId(), server.dataDiskIds(),
                    server.availabilityZone(), server.osVersion(), server.architecture(),
                    server.backupInProgress()));
        }
    }

    @Override
    public Uni<Optional<Server>> findServer(String serverId) {
        return Uni.createFrom().item(() -> server(serverId));
    }

    @Override
    public Uni<Void> setTaskState(String serverId, String taskState) {
        return Uni.createFrom().item(() -> {
            replaceTaskState(serverId, taskState);
            return null;
        });
    }

    @Override
    public Uni<Boolean> claimTask(String serverId, String taskState) {
        return Uni.createFrom().item(() -> claimIfIdle(serverId, taskState));
    }

    private synchronized boolean claimIfIdle(String serverId, String taskState) {
        Server server = servers.get(serverId);
        if (server == null || server.taskState() != null) {
            return false;
        }
        replaceTaskState(serverId, taskState);
        return true;
    }

    private synchronized void replaceTaskState(String serverId, String taskState) {
        Server server = servers.get(serverId);
        if (server != null) {
            servers.put(serverId, new Server(server.id(), server.projectId(), server.name(), server.status(),
                    taskState, server.vmType(), server.systemDiskId(), server.dataDiskIds(),
                    server.availabilityZone(), server.osVersion(), server.architecture(),
                    server.backupInProgress()));
        }
    }

    @Override
    public Uni<Boolean> setBackupInProgress(String serverId, boolean backupInProgress) {
        return Uni.createFrom().item(() -> replaceBackupInProgress(serverId, backupInProgress));
    }

    private synchronized boolean replaceBackupInProgress(String serverId, boolean backupInProgress) {
        Server server = servers.get(serverId);
        boolean changes = server != null && server.backupInProgress() != backupInProgress;
        if (changes) {
            servers.put(serverId, new Server(server.id(), server.projectId(), server.name(), server.status(),
                    server.taskState(), server.vmType(), server.systemDiskId(), server.dataDiskIds(),
                    server.availabilityZone(), server.osVersion(), server.architecture(), backupInProgress));
        }
        return changes;
    }

    /** Returns the server with this id, if any. */
    public synchronized Optional<Server> server(String serverId) {
        return Optional.ofNullable(servers.get(serverId));
    }

    /** Lists every server of every project. */
    public synchronized List<Server> servers() {
        return List.copyOf(servers.values());
    }

    /** Adds the server, or replaces the one with the same id in place. */
    public synchronized void saveServer(Server server) {
        servers.put(server.id(), server);
    }

    /** Removes the server and returns it, if it existed. */
    public synchronized Optional<Server> deleteServer(String serverId) {
        return Optional.ofNullable(servers.remove(serverId));
    }
}
