package io.imsservice.domain.image;

import io.imsservice.domain.Caller;
import io.imsservice.domain.ImsSettings;
import io.imsservice.store.ImageMemberStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Image visibility: a caller sees its own images, public ones, Marketplace images, which every tenant can buy, and
 * those shared with its project, all in the region of the caller's project. The store also contains images of other
 * regions, such as the targets of cross-region copies, and those stay invisible here.
 */
@ApplicationScoped
public class ImageAccess {
    private final ImsSettings settings;
    private final ImageMemberStore members;

    public ImageAccess(ImsSettings settings, ImageMemberStore members) {
        this.settings = settings;
        this.members = members;
    }

    /**
     * Returns whether the image is in the caller's region and the caller owns it, or it is public or a Marketplace
     * image. Images shared with the caller's project need the member store, so only {@link #visibilityFor} shows
     * them.
     */
    public boolean canSee(Caller caller, Image image) {
        boolean sameRegion = regionOf(image).equals(caller.region());
        return sameRegion && (image.isOwnedBy(caller.projectId()) || image.isPublic() || image.isMarket());
    }

    /** Returns the region the image is stored in; an image without one is in the service's own region. */
    public String regionOf(Image image) {
        return image.region() == null ? settings.region() : image.region();
    }

    /** Loads the caller's memberships and returns its view of the images. */
    public Uni<ImageVisibility> visibilityFor(Caller caller) {
        return Uni.combine().all().unis(members.listByMember(caller.projectId()), members.listSharedImageIds())
                .asTuple()
                .map(loaded -> new ImageVisibility(caller, this::regionOf, loaded.getItem1(), loaded.getItem2()));
    }
}
