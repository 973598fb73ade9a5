package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
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

    public ImageDeletion(ImageLookup lookup, ImageStore images, ImageMemberStore members) {
        this.lookup = lookup;
        this.images = images;
        this.members = members;
    }

    /**
     * Deletes the image after the checks, in this order: public (IMG.0094), the caller's image in the Marketplace
     * flow, which must be withdrawn first (IMG.0028), Marketplace (IMG.0093), not the owner (IMG.0092), protected
     * (IMG.0091), still being created (IMG.0090).
     */
    public Uni<Void> deleteImage(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> requireDeletable(caller, image))
                .chain(image -> images.delete(image.id()))
                .chain(() -> members.removeImage(imageId))
                .invoke(() -> Log.infof("Image %s deleted by project %s", imageId, caller.projectId()))
                .replaceWithVoid();
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
    }
}
