package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds one image the caller can see. */
@ApplicationScoped
public class ImageLookup {
    private final ImageStore images;
    private final ImageAccess access;

    public ImageLookup(ImageStore images, ImageAccess access) {
        this.images = images;
        this.access = access;
    }

    /** Returns the image, or fails with IMG.0027 when it does not exist or the caller cannot see it. */
    public Uni<Image> findVisibleImage(Caller caller, String imageId) {
        return images.findById(imageId)
                .map(found -> found
                        .filter(image -> access.canSee(caller, image))
                        .orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }
}
