package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stores new private images within the caller's quota and moves them through their creation states. */
@ApplicationScoped
public class ImageRegistration {
    private final ImageStore images;
    private final ImageQuota quota;
    private final DependencyFaults faults;

    public ImageRegistration(ImageStore images, ImageQuota quota, DependencyFaults faults) {
        this.images = images;
        this.quota = quota;
        this.faults = faults;
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
     *
     * <p>Around the insert IMS calls its neighbours: IAM for the tenant (IMG.0064) and its domain (IMG.0065), and
     * EPS to check the enterprise project (IMG.0154, IMG.0155) and then to bind the image to it (IMG.0156). When the
     * binding fails, the image is removed again, so a failed request leaves nothing behind.
     */
    public Uni<Image> register(String projectId, Image image) {
        return checkTenantAndEnterpriseProject(projectId)
                .chain(() -> images.insertPrivate(image, quota.privateImageLimit(projectId)))
                .map(outcome -> switch (outcome) {
                    case INSERTED -> image;
                    case NAME_TAKEN -> throw ImsError.IMAGE_NAME_EXISTS.exception(image.name());
                    case QUOTA_EXCEEDED -> throw ImsError.PRIVATE_IMAGE_QUOTA_EXCEEDED.exception(projectId);
                })
                .call(stored -> bindEnterpriseProject(stored, projectId))
                .invoke(stored -> Log.infof("Image %s (%s) registered for project %s", stored.id(), stored.name(),
                        projectId));
    }

    private Uni<Void> checkTenantAndEnterpriseProject(String projectId) {
        return faults.check(DependencyOperation.IAM_TENANT_LOOKUP, projectId)
                .chain(() -> faults.check(DependencyOperation.IAM_DOMAIN_LOOKUP, projectId))
                .chain(() -> faults.check(DependencyOperation.EPS_COMMUNICATION, projectId))
                .chain(() -> faults.check(DependencyOperation.EPS_CHECK, projectId));
    }

    private Uni<Void> bindEnterpriseProject(Image image, String projectId) {
        return faults.check(DependencyOperation.EPS_BINDING, projectId)
                .onFailure().call(() -> discard(image.id()));
    }

    /**
     * Registers the images one after the other. When one fails, the ones registered before it are removed again, so
     * that a rejected request leaves no image behind, and the Uni fails with that image's error.
     */
    public Uni<List<Image>> registerAll(Caller caller, List<Image> newImages) {
        return registerFrom(caller, newImages, 0, new ArrayList<>());
    }

    private Uni<List<Image>> registerFrom(Caller caller, List<Image> newImages, int index, List<Image> registered) {
        if (index == newImages.size()) {
            return Uni.createFrom().item(List.copyOf(registered));
        }
        return register(caller, newImages.get(index))
                .onFailure().call(() -> discardAll(registered))
                .chain(image -> {
                    registered.add(image);
                    return registerFrom(caller, newImages, index + 1, registered);
                });
    }

    /** Removes images that were registered for a request that failed before its job started. */
    public Uni<Void> discardAll(List<Image> registered) {
        if (registered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(registered.stream().map(image -> images.delete(image.id())).toList())
                .andCollectFailures()
                .invoke(() -> Log.debugf("Discarded %d images of a rejected request", registered.size()))
                .replaceWithVoid();
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

    /** Marks an image whose creation failed as killed, as Glance does; an image that became active stays so. */
    public Uni<Void> markKilled(String imageId) {
        return images.update(imageId, image -> image.status().inProgress()
                        ? image.status(ImageStatus.KILLED).updatedAt(Instant.now())
                        : image)
                .replaceWithVoid();
    }
}
