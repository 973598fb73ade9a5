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

    /** Returns the image with this id whoever owns it, or fails with IMG.0027 when there is none. */
    public Uni<Image> findImage(String imageId) {
        return images.findById(imageId)
                .map(found -> found.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }

    /**
     * Checks that the caller's project owns the image. An image the caller can use but not own, such as a public
     * one, fails with IMG.0047 ("only by the image owner"). An image private to another project fails with
     * IMG.0106 ("the image owner is another tenant"), because that message names exactly this case.
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
