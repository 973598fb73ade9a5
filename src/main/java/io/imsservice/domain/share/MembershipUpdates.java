package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.image.Image;
import io.imsservice.store.ImageMemberStore;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The membership changes that member jobs and the Glance member calls apply once their request passed its checks.
 * Each change is one atomic store operation, so it applies to every pair it names or to none.
 */
@ApplicationScoped
public class MembershipUpdates {
    private final ImageStore images;
    private final ImageMemberStore members;
    private final MemberQuota quota;
    private final DependencyFaults faults;

    public MembershipUpdates(ImageStore images, ImageMemberStore members, MemberQuota quota,
            DependencyFaults faults) {
        this.images = images;
        this.members = members;
        this.quota = quota;
        this.faults = faults;
    }

    /**
     * Shares every image with every project as a pending member; pairs that exist keep their status. Fails with
     * IMG.0144 when an image was deleted since the request was checked, with IMG.0088 when an image would exceed
     * its member limit, and with IMG.0112 when an injected fault fails the addition.
     *
     * @param ownerProjectId project that shares the images, on whose behalf IMS adds the members
     */
    public Uni<List<ImageMember>> addMembers(String ownerProjectId, List<String> imageIds, List<String> projectIds) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<ImageMember> pending = new ArrayList<>();
        for (String imageId : imageIds) {
            for (String projectId : projectIds) {
                pending.add(ImageMember.pending(imageId, projectId, now));
            }
        }

        return findStoredImages(imageIds)
                .call(() -> faults.check(DependencyOperation.MEMBER_ADD, ownerProjectId))
                .chain(stored -> members.addMembers(pending, imageId -> quota.maxMembers(stored.get(imageId))))
                .map(outcome -> {
                    if (outcome.quotaExceeded()) {
                        throw ImsError.SHARED_IMAGE_QUOTA_EXCEEDED.exception("image " + outcome.imageOverQuota());
                    }
                    return outcome.added();
                });
    }

    /** Sets the member's status on every image, or fails with IMG.0144 when one is no longer shared with it. */
    public Uni<List<ImageMember>> updateStatus(List<String> imageIds, String memberId, MemberStatus status) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return members.updateStatus(imageIds, memberId, status, now)
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_NOT_FOUND.exception(
                        "an image of " + imageIds + " is no longer shared with " + memberId)));
    }

    /**
     * Ends the memberships of the projects on the images; pairs that do not exist are skipped. Fails with IMG.0113
     * when an injected fault fails the removal.
     */
    public Uni<List<ImageMember>> removeMembers(String ownerProjectId, List<String> imageIds,
            List<String> projectIds) {
        return faults.check(DependencyOperation.MEMBER_DELETE, ownerProjectId)
                .chain(() -> members.removeMembers(imageIds, projectIds));
    }

    private Uni<Map<String, Image>> findStoredImages(List<String> imageIds) {
        return Multi.createFrom().iterable(imageIds)
                .onItem().transformToUniAndConcatenate(imageId -> images.findById(imageId)
                        .map(found -> found.orElseThrow(() -> ImsError.IMAGE_NOT_FOUND.exception(
                                "image " + imageId + " was deleted before its members were added"))))
                .collect().asList()
                .map(found -> {
                    Map<String, Image> byId = new HashMap<>();
                    found.forEach(image -> byId.put(image.id(), image));
                    return byId;
                });
    }
}
