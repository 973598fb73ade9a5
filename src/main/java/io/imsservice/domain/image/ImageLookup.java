package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/** Finds one image the caller can see. */
@ApplicationScoped
public class ImageLookup {
    /** Image ids are UUIDs in the 8-4-4-4-12 hex form. */
    private static final Pattern IMAGE_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ImageStore images;
    private final ImageAccess access;

    public ImageLookup(ImageStore images, ImageAccess access) {
        this.images = images;
        this.access = access;
    }

    /**
     * Returns the image. Fails with IMG.0066 when the id is not a UUID, and with IMG.0027 when the image does not
     * exist or the caller cannot see it.
     */
    public Uni<Image> findVisibleImage(Caller caller, String imageId) {
        if (imageId == null || !IMAGE_ID.matcher(imageId).matches()) {
            return Uni.createFrom().failure(ImsError.IMAGE_ID_INVALID.exception("image id " + imageId));
        }
        return images.findById(imageId)
                .map(found -> found
                        .filter(image -> access.canSee(caller, image))
                        .orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }
}
