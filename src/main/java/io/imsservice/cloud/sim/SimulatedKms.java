package io.imsservice.cloud.sim;

import io.imsservice.cloud.KmsPort;
import io.imsservice.sim.Fixtures;
import io.imsservice.sim.FixturesLoaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** KMS of the simulated cloud: keys seeded from the fixtures and edited through the simulation API. */
@ApplicationScoped
public class SimulatedKms implements KmsPort {

    private final Map<String, Key> keys = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        keys.clear();
        for (Fixtures.KmsKey key : event.fixtures().kmsKeys()) {
            saveKey(new Key(key.id(), key.projectId(), key.alias(), key.enabled(), key.accessible(),
                    key.publicTestPermission()));
        }
    }

    @Override
    public Uni<Optional<Key>> findKey(String keyId) {
        return Uni.createFrom().item(() -> key(keyId));
    }

    public synchronized Optional<Key> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public synchronized List<Key> keys() {
        return List.copyOf(keys.values());
    }

    /** Adds the key, or replaces the one with the same id in place. */
    public synchronized void saveKey(Key key) {
        keys.put(key.id(), key);
    }

    public synchronized Optional<Key> deleteKey(String keyId) {
        return Optional.ofNullable(keys.remove(keyId));
    }
}
