package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.store.ImageMemberStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Lists and shows the members of an image. The owner gets every member, and a member project only its own
 * membership, as in Glance. For any other project the image does not exist (IMG.0027). An injected failure of the
 * member query fails with IMG.0114.
 */
@ApplicationScoped
public class MemberListing {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    private final ImageLookup lookup;
    private final ImageMemberStore members;
    private final DependencyFaults faults;

    public MemberListing(ImageLookup lookup, ImageMemberStore members, DependencyFaults faults) {
        this.lookup = lookup;
        this.members = members;
        this.faults = faults;
    }

    /**
     * Returns one page of members, oldest first. {@code limit} is 1 to 1000, 500 when absent; {@code marker} is
     * the {@link MemberPage#nextMarker} of the previous page. Either one malformed fails with IMG.0017.
     */
    public Uni<MemberPage> listMembers(Caller caller, String imageId, String limit, String marker) {
        int pageSize = parseLimit(limit);
        String afterMemberId = marker == null ? null : decodeMarker(marker);

        return lookup.findVisibleImage(caller, imageId)
                .call(() -> faults.check(DependencyOperation.MEMBER_QUERY, caller.projectId()))
                .chain(image -> members.listByImage(image.id())
                        .map(all -> visibleMembers(caller, image, all)))
                .map(visible -> page(visible, afterMemberId, pageSize));
    }

    /** Returns one member, or fails with IMG.0121 when the project is not a member the caller may see. */
    public Uni<ImageMember> showMember(Caller caller, String imageId, String memberId) {
        return lookup.findVisibleImage(caller, imageId)
                .call(() -> faults.check(DependencyOperation.MEMBER_QUERY, caller.projectId()))
                .chain(image -> members.listByImage(image.id())
                        .map(all -> visibleMembers(caller, image, all)))
                .map(visible -> visible.stream()
                        .filter(member -> member.memberId().equals(memberId))
                        .findFirst()
                        .orElseThrow(() -> ImsError.OBJECT_NOT_FOUND.exception(
                                "project " + memberId + " is not a member of " + imageId)));
    }

    private static List<ImageMember> visibleMembers(Caller caller, Image image, List<ImageMember> all) {
        if (image.isOwnedBy(caller.projectId())) {
            return all;
        }
        return all.stream()
                .filter(member -> member.memberId().equals(caller.projectId()))
                .toList();
    }

    private static MemberPage page(List<ImageMember> visible, String afterMemberId, int pageSize) {
        int start = 0;
        if (afterMemberId != null) {
            int index = indexOf(visible, afterMemberId);
            if (index < 0) {
                throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("marker names no member " + afterMemberId);
            }
            start = index + 1;
        }
        int end = Math.min(visible.size(), start + pageSize);
        List<ImageMember> members = visible.subList(start, end);
        String nextMarker = end < visible.size() ? encodeMarker(members.get(members.size() - 1).memberId()) : null;
        return new MemberPage(List.copyOf(members), nextMarker);
    }

    private static int indexOf(List<ImageMember> members, String memberId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).memberId().equals(memberId)) {
                return i;
            }
        }
        return -1;
    }

    private static int parseLimit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value < 1 || value > MAX_LIMIT) {
                throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("limit " + limit);
            }
            return value;
        } catch (NumberFormatException notNumber) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("limit " + limit);
        }
    }

    /** IMS requires base64 markers; this service encodes the last member id of the page, URL-safe, unpadded. */
    static String encodeMarker(String memberId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(memberId.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a marker in the URL-safe or the standard base64 alphabet, padded or not. */
    static String decodeMarker(String marker) {
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(marker.replace('+', '-').replace('/', '_'));
            return new String(decoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("marker is not base64");
        }
    }
}
