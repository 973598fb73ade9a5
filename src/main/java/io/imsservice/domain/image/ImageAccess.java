package io.imsservice.domain.image;

import io.imsservice.domain.Caller;
import io.imsservice.domain.ImsSettings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which images a caller can see: its own, public ones, and Marketplace images, which every tenant can buy, in the
 * region of the caller's project. The store also contains images of other regions, such as the targets of
 * cross-region copies, and those stay invisible here.
 */
@ApplicationScoped
public class ImageAccess {
    private final ImsSettings settings;

    public ImageAccess(ImsSettings settings) {
        this.settings = settings;
    }

    public boolean canSee(Caller caller, Image image) {
        boolean sameRegion = regionOf(image).equals(caller.region());
        return sameRegion && (image.isOwnedBy(caller.projectId()) || image.isPublic() || image.isMarket());
    }

    /** Returns the region the image is stored in; an image without one is in the service's own region. */
    public String regionOf(Image image) {
        return image.region() == null ? settings.region() : image.region();
    }
}
