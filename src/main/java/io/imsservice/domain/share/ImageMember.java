package io.imsservice.domain.share;

import java.time.Instant;

/**
 * A project that an image is shared with. Only project members exist here: IMS also shares with accounts and
 * organizations, which this service does not model.
 *
 * @param memberId id of the project the image is shared with
 */
public record ImageMember(String imageId, String memberId, MemberStatus status, Instant createdAt,
        Instant updatedAt) {

    /** {@code member_type} of every member here. */
    public static final String PROJECT_MEMBER_TYPE = "project";

    /** Creates a pending membership. */
    public static ImageMember pending(String imageId, String memberId, Instant now) {
        return new ImageMember(imageId, memberId, MemberStatus.PENDING, now, now);
    }

    public ImageMember withStatus(MemberStatus newStatus, Instant now) {
        return new ImageMember(imageId, memberId, newStatus, createdAt, now);
    }
}
