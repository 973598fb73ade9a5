package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the image of an operation that only its owner may run, such as an export or a copy, and distinguishes the
 * two ways in which a caller can fail to own it.
 */
@ApplicationScoped
public class ImageOwnership {
    private final ImageStore images;
    private final ImageAccess access;

    public ImageOwnership(ImageStore images, ImageAccess access) {
        this.images = images;
        this.access = access;
    }

    /**
     * Returns the image with this id if the caller can read it: its own, a public or Marketplace image, or one
     * shared with it. Any other image fails with IMG.0027, as a missing one does, so that a project cannot probe for
     * the ids of another tenant's private images.
     */
    public Uni<Image> findImage(Caller caller, String imageId) {
        return images.findById(imageId)
                .chain(found -> access.visibilityFor(caller)
                        .map(visibility -> found
                                .filter(image -> visibility.view(image).isPresent())
                                .orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId))));
    }

    /**
     * Checks that the caller's project owns the image. An image the caller can use but not own, such as a public
     * one, fails with IMG.0047 ("only by the image owner"). An image another project shares with the caller fails
     * with IMG.0106 ("the image owner is another tenant"), because that message names exactly this case.
     */
    public void requireOwner(Caller caller, Image image) {
        if (image.isOwnedBy(caller.projectId())) {
            return;
        }
        if (access.canSee(caller, image)) {
            throw ImsError.OWNER_ONLY_OPERATION.exception(image.id() + " of " + image.owner());
        }
        throw ImsError.IMAGE_OWNED_BY_OTHER_TENANT.exception(image.id() + " of " + image.owner());
    }
}
