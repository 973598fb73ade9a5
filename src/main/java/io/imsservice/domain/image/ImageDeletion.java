package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BackupPort;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageMemberStore;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes private images: DELETE /v2/images/{image_id}. Deleting a shared image ends every membership of it. */
@ApplicationScoped
public class ImageDeletion {
    private final ImageLookup lookup;
    private final ImageStore images;
    private final ImageMemberStore members;
    private final BackupPort backups;

    public ImageDeletion(ImageLookup lookup, ImageStore images, ImageMemberStore members, BackupPort backups) {
        this.lookup = lookup;
        this.images = images;
        this.members = members;
        this.backups = backups;
    }

    /**
     * Deletes the image after the checks, in this order: public (IMG.0094), the caller's image in the Marketplace
     * flow, which must be withdrawn first (IMG.0028), Marketplace (IMG.0093), not the owner (IMG.0092), protected
     * (IMG.0091), still being created (IMG.0090), being exported (IMG.0148). Deleting an image made from a backup
     * frees the backup, so that it can be registered as an image again.
     */
    public Uni<Void> deleteImage(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> requireDeletable(caller, image))
                .call(image -> images.delete(image.id()))
                .call(() -> members.removeImage(imageId))
                .call(this::releaseBackup)
                .invoke(() -> Log.infof("Image %s deleted by project %s", imageId, caller.projectId()))
                .replaceWithVoid();
    }

    private Uni<Void> releaseBackup(Image image) {
        String backupId = image.property(ImageAttributes.BACKUP_ID);
        if (backupId == null || backupId.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return backups.unregisterImage(backupId, image.id());
    }

    private static void requireDeletable(Caller caller, Image image) {
        if (image.isPublic()) {
            throw ImsError.DELETE_PUBLIC_IMAGE.exception(image.id());
        }
        if (image.isOwnedBy(caller.projectId()) && image.inMarketplaceFlow()) {
            throw ImsError.IMAGE_PROTECTED.exception(image.id() + " is " + image.marketplaceState().wireValue());
        }
        if (image.isMarket()) {
            throw ImsError.DELETE_MARKETPLACE_IMAGE.exception(image.id());
        }
        if (!image.isOwnedBy(caller.projectId())) {
            throw ImsError.DELETE_NOT_OWNER.exception(image.id());
        }
        if (image.isProtected()) {
            throw ImsError.DELETE_PROTECTED_IMAGE.exception(image.id());
        }
        if (image.status() == ImageStatus.SAVING) {
            throw ImsError.DELETE_IMAGE_BEING_CREATED.exception(image.id());
        }
        if (image.isExporting()) {
            throw ImsError.IMAGE_BEING_EXPORTED.exception(image.id());
        }
    }
}
