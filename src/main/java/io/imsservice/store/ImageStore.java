package io.imsservice.store;

import io.imsservice.domain.image.Image;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Repository port for images. Adapters return copies, so a caller's changes reach the store only through
 * {@link #insertPrivate} and {@link #update}, each atomic on its own.
 */
public interface ImageStore {

    /** Result of {@link #insertPrivate}. */
    enum InsertOutcome {
        INSERTED,
        NAME_TAKEN,
        QUOTA_EXCEEDED
    }

    Uni<Optional<Image>> findById(String id);

    /** Every image not deleted, public ones included, in no particular order. */
    Uni<List<Image>> listAll();

    /**
     * Inserts a private image unless its owner already has an image of the same name, or already owns
     * {@code privateImageQuota} images. The checks and the insert are one atomic step, so concurrent creates never
     * exceed the quota.
     */
    Uni<InsertOutcome> insertPrivate(Image image, long privateImageQuota);

    /** Inserts an image without quota or name checks, as fixture seeding does for public images. */
    Uni<Void> insert(Image image);

    /**
     * Applies the change to the stored image atomically and returns the stored result, or an empty Optional when no
     * such image exists. An exception thrown by the change aborts the update and fails the Uni.
     */
    Uni<Optional<Image>> update(String id, UnaryOperator<Image> change);

    /** Removes the image; returns whether it existed. */
    Uni<Boolean> delete(String id);

    /** Number of private images the project owns (public images are not counted). */
    Uni<Long> countOwnedBy(String projectId);

    /** Removes every image, as a reset to fixtures does. */
    Uni<Void> clear();
}
