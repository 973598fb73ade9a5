package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.regex.Pattern;

/** Finds images the caller can see, as the caller sees them. */
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
        return access.visibilityFor(caller)
                .chain(visibility -> findVisibleImage(visibility, imageId));
    }

    /**
     * Returns the images in the order of the ids, each once, or fails as {@link #findVisibleImage} does for the
     * first id that is malformed, does not exist or names an image the caller cannot see.
     */
    public Uni<List<Image>> findVisibleImages(Caller caller, List<String> imageIds) {
        return access.visibilityFor(caller)
                .chain(visibility -> Multi.createFrom().iterable(imageIds.stream().distinct().toList())
                        .onItem().transformToUniAndConcatenate(imageId -> findVisibleImage(visibility, imageId))
                        .collect().asList());
    }

    /** Returns the image as the visibility shows it, or fails with IMG.0066 or IMG.0027. */
    public Uni<Image> findVisibleImage(ImageVisibility visibility, String imageId) {
        if (imageId == null || !IMAGE_ID.matcher(imageId).matches()) {
            return Uni.createFrom().failure(ImsError.IMAGE_ID_INVALID.exception("image id " + imageId));
        }
        return images.findById(imageId)
                .map(found -> found
                        .flatMap(visibility::view)
                        .orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }
}
