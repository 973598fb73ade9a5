package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.IdentityPort;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAccess;
import io.imsservice.domain.image.ImageLookup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** The checks of a sharing request that need the image or identity stores. */
@ApplicationScoped
public class SharingChecks {
    private final ImageLookup lookup;
    private final ImageAccess access;
    private final IdentityPort identity;

    public SharingChecks(ImageLookup lookup, ImageAccess access, IdentityPort identity) {
        this.lookup = lookup;
        this.access = access;
        this.identity = identity;
    }

    /**
     * Finds the images and checks that the caller may share each of them, as
     * {@link SharingRules#requireShareable} does. An image the caller cannot see fails with IMG.0027.
     */
    public Uni<List<Image>> findShareableImages(Caller caller, List<String> imageIds, ImsError notOwner) {
        return lookup.findVisibleImages(caller, imageIds)
                .invoke(images -> images.forEach(image -> SharingRules.requireShareable(caller, image, notOwner)));
    }

    /** Finds the images and checks that the caller owns each of them; one it cannot see fails with IMG.0027. */
    public Uni<List<Image>> findOwnedImages(Caller caller, List<String> imageIds, ImsError notOwner) {
        return lookup.findVisibleImages(caller, imageIds)
                .invoke(images -> images.forEach(image -> SharingRules.requireOwner(caller, image, notOwner)));
    }

    /**
     * Finds the images shared with the caller's project. An image the caller cannot see fails with IMG.0027, and
     * one it can read without being a member, such as its own or a public image, with IMG.0026.
     */
    public Uni<List<Image>> findImagesSharedWith(Caller caller, List<String> imageIds) {
        return access.visibilityFor(caller)
                .chain(visibility -> Multi.createFrom().iterable(imageIds.stream().distinct().toList())
                        .onItem().transformToUniAndConcatenate(imageId -> lookup.findVisibleImage(visibility, imageId)
                                .invoke(image -> {
                                    if (!visibility.isSharedWithCaller(image)) {
                                        throw ImsError.OPERATION_NOT_PERMITTED.exception(
                                                "project " + caller.projectId() + " is not a member of " + imageId);
                                    }
                                }))
                        .collect().asList());
    }

    /**
     * Fails with IMG.0108 unless every project exists in the region, which is the caller's: images are shared only
     * within their region, and a caller sees only the images of its own.
     */
    public Uni<Void> requireProjectsInRegion(Collection<String> projectIds, String region) {
        return Multi.createFrom().iterable(List.copyOf(projectIds))
                .onItem().transformToUniAndConcatenate(projectId -> identity.findProject(projectId)
                        .invoke(found -> {
                            boolean inRegion = found
                                    .filter(project -> project.region().equals(region))
                                    .isPresent();
                            if (!inRegion) {
                                throw ImsError.MEMBER_NOT_IN_REGION.exception(projectId);
                            }
                        }))
                .collect().asList()
                .replaceWithVoid();
    }

    /**
     * Rejects accepting a full-ECS image created from a CBR backup without the vault that receives its backup, with
     * IMG.0135.
     * NOTE: IMS documents no code for a missing vault_id; IMG.0135 follows the cross-region copy, which rejects a
     * full-ECS image without a vault with its full-ECS code.
     */
    public static void requireVault(List<Image> images, MemberStatus status, String vaultId) {
        boolean vaultMissing = vaultId == null || vaultId.isBlank();
        if (status != MemberStatus.ACCEPTED || !vaultMissing) {
            return;
        }
        for (Image image : images) {
            if (SharingRules.isCbrWholeImage(image)) {
                throw ImsError.SHARE_WHOLE_IMAGE_REJECTED.exception("vault_id is required to accept " + image.id());
            }
        }
    }
}
