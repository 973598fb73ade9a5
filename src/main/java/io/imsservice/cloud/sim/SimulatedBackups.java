package io.imsservice.cloud.sim;

import io.imsservice.cloud.BackupPort;
import io.imsservice.sim.Fixtures;
import io.imsservice.sim.FixturesLoaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * CSBS and CBR of the simulated cloud: backups seeded from the fixtures, edited through the simulation API, and
 * created by full-ECS images. One lock guards the map, which makes {@link #registerImage} atomic.
 */
@ApplicationScoped
public class SimulatedBackups implements BackupPort {

    private final Map<String, Backup> backups = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        backups.clear();
        for (Fixtures.Backup backup : event.fixtures().backups()) {
            List<BackupDisk> disks = backup.disks().stream()
                    .map(disk -> new BackupDisk(disk.volumeId(), disk.sizeGb(), disk.bootable()))
                    .toList();
            saveBackup(new Backup(backup.id(), backup.projectId(), backup.provider(), backup.status(),
                    backup.vaultId(), backup.serverId(), backup.osVersion(), disks, backup.imageId()));
        }
    }

    @Override
    public Uni<Optional<Backup>> findBackup(String backupId) {
        return Uni.createFrom().item(() -> backup(backupId));
    }

    @Override
    public Uni<Backup> createBackup(Backup backup) {
        return Uni.createFrom().item(() -> {
            saveBackup(backup);
            return backup;
        });
    }

    @Override
    public Uni<Boolean> registerImage(String backupId, String imageId) {
        return Uni.createFrom().item(() -> register(backupId, imageId));
    }

    private synchronized boolean register(String backupId, String imageId) {
        Backup backup = backups.get(backupId);
        if (backup == null || backup.registered()) {
            return false;
        }
        backups.put(backupId, backup.withImageId(imageId));
        return true;
    }

    @Override
    public Uni<Void> unregisterImage(String backupId, String imageId) {
        return Uni.createFrom().item(() -> {
            unregister(backupId, imageId);
            return null;
        });
    }

    private synchronized void unregister(String backupId, String imageId) {
        Backup backup = backups.get(backupId);
        if (backup != null && Objects.equals(backup.imageId(), imageId)) {
            backups.put(backupId, backup.withImageId(null));
        }
    }

    @Override
    public Uni<Void> setStatus(String backupId, String status) {
        return Uni.createFrom().item(() -> {
            replaceStatus(backupId, status);
            return null;
        });
    }

    private synchronized void replaceStatus(String backupId, String status) {
        Backup backup = backups.get(backupId);
        if (backup != null) {
            backups.put(backupId, backup.withStatus(status));
        }
    }

    @Override
    public Uni<Void> deleteBackup(String backupId) {
        return Uni.createFrom().item(() -> {
            removeBackup(backupId);
            return null;
        });
    }

    public synchronized Optional<Backup> backup(String backupId) {
        return Optional.ofNullable(backups.get(backupId));
    }

    public synchronized List<Backup> backups() {
        return List.copyOf(backups.values());
    }

    /** Adds the backup, or replaces the one with the same id in place. */
    public synchronized void saveBackup(Backup backup) {
        backups.put(backup.id(), backup);
    }

    public synchronized Optional<Backup> removeBackup(String backupId) {
        return Optional.ofNullable(backups.remove(backupId));
    }
}
