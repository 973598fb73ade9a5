package io.imsservice.cloud.sim;

import io.imsservice.cloud.ObjectStoragePort;
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
 * OBS of the simulated cloud: buckets and their objects, seeded from the fixtures and edited through the simulation
 * API or written by exports. Buckets and objects keep the order in which they were added.
 */
@ApplicationScoped
public class SimulatedObjectStorage implements ObjectStoragePort {

    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredObject>> objects = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        buckets.clear();
        objects.clear();
        for (Fixtures.Bucket bucket : event.fixtures().buckets()) {
            saveBucket(new Bucket(bucket.name(), bucket.region(), bucket.accessible()));
            for (Fixtures.BucketObject object : bucket.objects()) {
                saveObject(new StoredObject(bucket.name(), object.key(), object.sizeBytes(), object.format(),
                        object.bitmapKey()));
            }
        }
    }

    @Override
    public Uni<Optional<Bucket>> findBucket(String bucketName) {
        return Uni.createFrom().item(() -> bucket(bucketName));
    }

    @Override
    public Uni<Optional<StoredObject>> findObject(String bucketName, String key) {
        return Uni.createFrom().item(() -> object(bucketName, key));
    }

    @Override
    public Uni<StoredObject> putObject(StoredObject object) {
        return Uni.createFrom().item(() -> {
            saveObject(object);
            return object;
        });
    }

    public synchronized Optional<Bucket> bucket(String bucketName) {
        return Optional.ofNullable(buckets.get(bucketName));
    }

    public synchronized List<Bucket> buckets() {
        return List.copyOf(buckets.values());
    }

    /** Adds the bucket, or replaces the one with the same name in place and keeps its objects. */
    public synchronized void saveBucket(Bucket bucket) {
        buckets.put(bucket.name(), bucket);
        objects.computeIfAbsent(bucket.name(), name -> new LinkedHashMap<>());
    }

    /** Removes the bucket with its objects and returns it, if it existed. */
    public synchronized Optional<Bucket> deleteBucket(String bucketName) {
        objects.remove(bucketName);
        return Optional.ofNullable(buckets.remove(bucketName));
    }

    public synchronized Optional<StoredObject> object(String bucketName, String key) {
        return Optional.ofNullable(objects.getOrDefault(bucketName, Map.of()).get(key));
    }

    /** Lists the objects of the bucket; empty when there is no such bucket. */
    public synchronized List<StoredObject> objects(String bucketName) {
        return List.copyOf(objects.getOrDefault(bucketName, Map.of()).values());
    }

    /**
     * Adds the object, or replaces the one with the same key.
     *
     * @throws IllegalArgumentException when the bucket does not exist
     */
    public synchronized void saveObject(StoredObject object) {
        Map<String, StoredObject> bucketObjects = objects.get(object.bucket());
        if (bucketObjects == null) {
            throw new IllegalArgumentException("Bucket " + object.bucket() + " does not exist");
        }
        bucketObjects.put(object.key(), object);
    }

    public synchronized Optional<StoredObject> deleteObject(String bucketName, String key) {
        return Optional.ofNullable(objects.getOrDefault(bucketName, new LinkedHashMap<>()).remove(key));
    }
}
