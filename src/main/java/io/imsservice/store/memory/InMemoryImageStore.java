package io.imsservice.store.memory;

import io.imsservice.domain.image.Image;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The embedded default image store. One lock guards the map, which keeps the quota and name checks atomic with the
 * insert. Operations are in-memory and short, so the lock is never held across I/O.
 */
@ApplicationScoped
public class InMemoryImageStore implements ImageStore {
    private final Map<String, Image> images = new HashMap<>();

    @Override
    public Uni<Optional<Image>> findById(String id) {
        return Uni.createFrom().item(() -> find(id));
    }

    private synchronized Optional<Image> find(String id) {
        return Optional.ofNullable(images.get(id)).map(Image::copy);
    }

    @Override
    public Uni<List<Image>> listAll() {
        return Uni.createFrom().item(this::snapshot);
    }

    private synchronized List<Image> snapshot() {
        return images.values().stream().map(Image::copy).toList();
    }

    @Override
    public Uni<InsertOutcome> insertPrivate(Image image, long privateImageQuota) {
        return Uni.createFrom().item(() -> insertChecked(image.copy(), privateImageQuota));
    }

    private synchronized InsertOutcome insertChecked(Image image, long privateImageQuota) {
        boolean nameTaken = images.values().stream()
                .anyMatch(other -> other.isOwnedBy(image.owner()) && other.name().equals(image.name()));
        if (nameTaken) {
            return InsertOutcome.NAME_TAKEN;
        }
        if (countOwned(image.owner()) >= privateImageQuota) {
            return InsertOutcome.QUOTA_EXCEEDED;
        }
        images.put(image.id(), image);
        return InsertOutcome.INSERTED;
    }

    @Override
    public Uni<Void> insert(Image image) {
        return Uni.createFrom().item(() -> {
            put(image.copy());
            return null;
        });
    }

    private synchronized void put(Image image) {
        images.put(image.id(), image);
    }

    @Override
    public Uni<Optional<Image>> update(String id, UnaryOperator<Image> change) {
        return Uni.createFrom().item(() -> apply(id, change));
    }

    private synchronized Optional<Image> apply(String id, UnaryOperator<Image> change) {
        Image current = images.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Image changed = change.apply(current.copy());
        images.put(id, changed.copy());
        return Optional.of(changed);
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return Uni.createFrom().item(() -> remove(id));
    }

    private synchronized boolean remove(String id) {
        return images.remove(id) != null;
    }

    @Override
    public Uni<Long> countOwnedBy(String projectId) {
        return Uni.createFrom().item(() -> countOwned(projectId));
    }

    private synchronized long countOwned(String projectId) {
        return images.values().stream()
                .filter(image -> image.isOwnedBy(projectId) && !image.isPublic())
                .count();
    }

    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().item(() -> {
            removeAll();
            return null;
        });
    }

    private synchronized void removeAll() {
        images.clear();
    }
}
