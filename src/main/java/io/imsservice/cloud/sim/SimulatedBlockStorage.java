package io.imsservice.cloud.sim;

import io.imsservice.cloud.BlockStoragePort;
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
 * EVS of the simulated cloud: disks seeded from the fixtures and edited through the simulation API. Disks keep the
 * order in which they were added, so listings are stable.
 */
@ApplicationScoped
public class SimulatedBlockStorage implements BlockStoragePort {

    private final Map<String, Disk> disks = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        disks.clear();
        for (Fixtures.Disk disk : event.fixtures().disks()) {
            disks.put(disk.id(), new Disk(disk.id(), disk.projectId(), disk.status(), disk.volumeType(),
                    disk.sizeGb(), disk.serverId(), disk.bootable()));
        }
    }

    @Override
    public Uni<Optional<Disk>> findDisk(String diskId) {
        return Uni.createFrom().item(disk(diskId));
    }

    /** Returns the disk with this id, if any. */
    public synchronized Optional<Disk> disk(String diskId) {
        return Optional.ofNullable(disks.get(diskId));
    }

    /** Lists every disk of every project. */
    public synchronized List<Disk> disks() {
        return List.copyOf(disks.values());
    }

    /** Adds the disk, or replaces the one with the same id in place. */
    public synchronized void saveDisk(Disk disk) {
        disks.put(disk.id(), disk);
    }

    /** Removes the disk and returns it, if it existed. */
    public synchronized Optional<Disk> deleteDisk(String diskId) {
        return Optional.ofNullable(disks.remove(diskId));
    }
}
