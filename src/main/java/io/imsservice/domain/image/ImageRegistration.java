package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Stores new private images within the caller's quota and moves them through their creation states. */
@ApplicationScoped
public class ImageRegistration {
    private final ImageStore images;
    private final ImageQuota quota;

    public ImageRegistration(ImageStore images, ImageQuota quota) {
        this.images = images;
        this.quota = quota;
    }

    /**
     * Inserts the image unless the project already has an image of that name (IMG.0009) or has used its private
     * image quota (IMG.0015). Both checks and the insert are one atomic store operation.
     */
    public Uni<Image> register(Caller caller, Image image) {
        return register(caller.projectId(), image);
    }

    /**
     * Inserts the image for a project other than the caller's, such as the target project of a cross-region copy,
     * with the same name and quota checks against that project.
     */
    public Uni<Image> register(String projectId, Image image) {
        return images.insertPrivate(image, quota.privateImageLimit(projectId))
                .map(outcome -> switch (outcome) {
                    case INSERTED -> image;
                    case NAME_TAKEN -> throw ImsError.IMAGE_NAME_EXISTS.exception(image.name());
                    case QUOTA_EXCEEDED -> throw ImsError.PRIVATE_IMAGE_QUOTA_EXCEEDED.exception(projectId);
                })
                .invoke(stored -> Log.infof("Image %s (%s) registered for project %s", stored.id(), stored.name(),
                        projectId));
    }

    /** Marks a created image active with its final size in bytes. */
    public Uni<Image> activate(String imageId, long sizeBytes) {
        Instant now = Instant.now();
        return images.update(imageId, image -> image
                        .status(ImageStatus.ACTIVE)
                        .activeAt(now)
                        .updatedAt(now)
                        .property(ImageAttributes.IMAGE_SIZE, Long.toString(sizeBytes)))
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_NOT_FOUND.exception(
                        "image " + imageId + " was deleted while its job ran")));
    }

    /** Removes an image whose creation request was rejected after it was registered. */
    public Uni<Void> discard(String imageId) {
        return images.delete(imageId)
                .invoke(() -> Log.infof("Image %s discarded because its request was rejected", imageId))
                .replaceWithVoid();
    }

    /** Marks an image whose creation failed as killed, as Glance does. */
    public Uni<Void> markKilled(String imageId) {
        return images.update(imageId, image -> image.status(ImageStatus.KILLED).updatedAt(Instant.now()))
                .replaceWithVoid();
    }
}
