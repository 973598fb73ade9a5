package io.imsservice.domain.tag;

import io.imsservice.domain.image.Image;
import java.util.List;

/**
 * The result of a query by tags.
 *
 * @param totalCount number of images that match, before paging
 * @param images the requested page of them; empty for the {@code count} action
 */
public record TagSearchResult(int totalCount, List<Image> images) {
}
