package io.imsservice.domain.image;

import java.util.List;

/**
 * One page of a list request.
 *
 * @param hasMore whether images follow the last one of this page
 * @param limit the page size that was applied
 */
public record ImagePage(List<Image> images, boolean hasMore, int limit) {
}
