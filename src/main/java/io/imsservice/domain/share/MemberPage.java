package io.imsservice.domain.share;

import java.util.List;

/**
 * One page of an image's members.
 *
 * @param nextMarker marker of the next page, or {@code null} on the last page
 */
public record MemberPage(List<ImageMember> members, String nextMarker) {
}
