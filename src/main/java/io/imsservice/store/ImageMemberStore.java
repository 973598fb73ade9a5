package io.imsservice.store;

import io.imsservice.domain.share.ImageMember;
import io.imsservice.domain.share.MemberStatus;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Repository port for image members. Each write is atomic on its own and changes either every pair it names or
 * none, so a refused batch leaves the memberships as they were.
 */
public interface ImageMemberStore {

    /**
     * Result of {@link #addMembers}.
     *
     * @param added the members that were new; pairs that already existed keep their status
     * @param imageOverQuota id of the image whose member limit the batch would exceed, or {@code null} when the
     *     batch was stored
     */
    record AddOutcome(List<ImageMember> added, String imageOverQuota) {

        public boolean quotaExceeded() {
            return imageOverQuota != null;
        }
    }

    /**
     * Adds the pending members unless an image would then have more members than {@code maxMembers} returns for
     * its id. The count, the check and the inserts are one atomic step.
     */
    Uni<AddOutcome> addMembers(Collection<ImageMember> members, ToIntFunction<String> maxMembers);

    /**
     * Sets the status of {@code memberId} on every listed image, or on none when it is not a member of one of
     * them. Returns the updated members, or an empty Optional when nothing changed for that reason.
     */
    Uni<Optional<List<ImageMember>>> updateStatus(Collection<String> imageIds, String memberId,
            MemberStatus status, Instant now);

    /** Removes every listed member from every listed image and returns the pairs that existed. */
    Uni<List<ImageMember>> removeMembers(Collection<String> imageIds, Collection<String> memberIds);

    /** Removes every member of the image, as deleting the image does. */
    Uni<Void> removeImage(String imageId);

    Uni<Optional<ImageMember>> find(String imageId, String memberId);

    /** Members of the image, oldest first, ties broken by member id. */
    Uni<List<ImageMember>> listByImage(String imageId);

    /** Memberships of the project, in no particular order. */
    Uni<List<ImageMember>> listByMember(String memberId);

    /** Ids of the images that have at least one member. */
    Uni<Set<String>> listSharedImageIds();

    /** Removes every member, as a reset to fixtures does. */
    Uni<Void> clear();
}
