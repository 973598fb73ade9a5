package io.imsservice.domain.image;

import io.imsservice.domain.Caller;
import io.imsservice.domain.share.ImageMember;
import io.imsservice.domain.share.MemberStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One caller's view of the images, taken at one moment. The caller can read its own images, public ones,
 * Marketplace images and those shared with its project in any member status, all in the region of its project.
 *
 * <p>An image with members shows {@code visibility} and {@code __imagetype} {@code shared}, to its owner and to its
 * members alike. The stored image keeps its own values, so the member store stays the one source of truth for
 * sharing.
 */
public final class ImageVisibility {
    /** Value of {@code visibility} and {@code __imagetype} of an image with members. */
    public static final String SHARED = "shared";

    private final String projectId;
    private final String region;
    private final Function<Image, String> regionOf;
    private final Map<String, MemberStatus> memberships;
    private final Set<String> sharedImageIds;

    /**
     * Creates the caller's view from its project's memberships.
     *
     * @param regionOf returns the region an image is stored in
     * @param memberships the memberships of the caller's project
     * @param sharedImageIds ids of the images that have at least one member
     */
    public ImageVisibility(Caller caller, Function<Image, String> regionOf, List<ImageMember> memberships,
            Set<String> sharedImageIds) {
        this.projectId = caller.projectId();
        this.region = caller.region();
        this.regionOf = regionOf;
        this.memberships = memberships.stream()
                .collect(Collectors.toUnmodifiableMap(ImageMember::imageId, ImageMember::status));
        this.sharedImageIds = Set.copyOf(sharedImageIds);
    }

    /** Returns the image as the caller sees it, or an empty Optional when the caller may not see it. */
    public Optional<Image> view(Image image) {
        if (!region.equals(regionOf.apply(image))) {
            return Optional.empty();
        }
        boolean member = memberships.containsKey(image.id());
        if (!image.isOwnedBy(projectId) && !isOpenToAll(image) && !member) {
            return Optional.empty();
        }
        if (image.isPublic() || !sharedImageIds.contains(image.id())) {
            return Optional.of(image);
        }
        return Optional.of(image.copy()
                .visibility(SHARED)
                .property(ImageAttributes.IMAGE_TYPE, SHARED));
    }

    /** Returns the caller's member status on the image, or an empty Optional when its project is not a member. */
    public Optional<MemberStatus> memberStatus(String imageId) {
        return Optional.ofNullable(memberships.get(imageId));
    }

    /** Returns whether the caller can read the image only because the image was shared with its project. */
    public boolean isSharedWithCaller(Image image) {
        return view(image).isPresent() && !image.isOwnedBy(projectId) && !isOpenToAll(image)
                && memberships.containsKey(image.id());
    }

    /** Returns whether every tenant may read the image: public images, and Marketplace images, which all can buy. */
    private static boolean isOpenToAll(Image image) {
        return image.isPublic() || image.isMarket();
    }
}
