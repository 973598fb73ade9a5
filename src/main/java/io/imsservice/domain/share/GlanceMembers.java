package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageMemberStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The Glance member calls under /v2/images/{image_id}/members: one image and one project each, with every check
 * done before the call returns, since Glance has no job to report a late failure in.
 */
@ApplicationScoped
public class GlanceMembers {
    private final SharingChecks checks;
    private final MembershipUpdates updates;
    private final ImageMemberStore members;

    public GlanceMembers(SharingChecks checks, MembershipUpdates updates, ImageMemberStore members) {
        this.checks = checks;
        this.updates = updates;
        this.members = members;
    }

    /**
     * Shares the image with the project and returns the membership, pending when it is new. Fails as
     * {@link MemberBatches#addMembers} does, except that a caller who does not own the image gets IMG.0047 and
     * the project and limit checks fail the call itself.
     */
    public Uni<ImageMember> addMember(Caller caller, String imageId, String projectId) {
        SharingRules.requireNotSelf(caller, List.of(projectId));

        return checks.findShareableImages(caller, List.of(imageId), ImsError.OWNER_ONLY_OPERATION)
                .chain(() -> checks.requireProjectsInRegion(List.of(projectId), caller.region()))
                .chain(() -> updates.addMembers(caller.projectId(), List.of(imageId), List.of(projectId)))
                .invoke(added -> Log.infof("Image %s shared with project %s by project %s", imageId, projectId,
                        caller.projectId()))
                .chain(() -> findMember(imageId, projectId));
    }

    /**
     * Accepts or rejects the image for the caller's project. Fails with IMG.0027 when the caller cannot see the
     * image, and with IMG.0026 when {@code memberId} is not the caller's project or the image is not shared with
     * it.
     */
    public Uni<ImageMember> updateMemberStatus(Caller caller, String imageId, String memberId, MemberStatus status,
            String vaultId) {
        return checks.findImagesSharedWith(caller, List.of(imageId))
                .invoke(images -> {
                    if (!caller.projectId().equals(memberId)) {
                        throw ImsError.OPERATION_NOT_PERMITTED.exception("only project " + memberId
                                + " may change its member status");
                    }
                    SharingChecks.requireVault(images, status, vaultId);
                })
                .chain(() -> updates.updateStatus(List.of(imageId), memberId, status))
                .invoke(updated -> Log.infof("Project %s %s image %s", memberId, status.wireValue(), imageId))
                .map(updated -> updated.get(0));
    }

    /**
     * Stops sharing the image with the project. Fails with IMG.0027 when the caller cannot see the image, IMG.0047
     * when it does not own it, and IMG.0121 when the project is not a member.
     */
    public Uni<Void> removeMember(Caller caller, String imageId, String memberId) {
        return checks.findOwnedImages(caller, List.of(imageId), ImsError.OWNER_ONLY_OPERATION)
                .chain(() -> updates.removeMembers(caller.projectId(), List.of(imageId), List.of(memberId)))
                .invoke(removed -> {
                    if (removed.isEmpty()) {
                        throw ImsError.OBJECT_NOT_FOUND.exception("project " + memberId + " is not a member of "
                                + imageId);
                    }
                    Log.infof("Image %s no longer shared with project %s by project %s", imageId, memberId,
                            caller.projectId());
                })
                .replaceWithVoid();
    }

    private Uni<ImageMember> findMember(String imageId, String memberId) {
        return members.find(imageId, memberId)
                .map(found -> found.orElseThrow(() -> ImsError.OBJECT_NOT_FOUND.exception(
                        "project " + memberId + " is not a member of " + imageId)));
    }
}
