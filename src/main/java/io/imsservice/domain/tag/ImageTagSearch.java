package io.imsservice.domain.tag;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.tag.TagSearchQuery.ResourceMatch;
import io.imsservice.domain.tag.TagSearchQuery.TagCondition;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the images of the caller's project by their tags, newest first, for POST
 * /v2/{project_id}/images/resource_instances/action. Malformed tag conditions fail with IMG.0115.
 */
@ApplicationScoped
public class ImageTagSearch {
    /** Maximum number of conditions in one list, and of values in one condition. */
    public static final int MAX_CONDITIONS = 10;
    public static final int MAX_VALUES = 10;

    private static final Comparator<Image> NEWEST_FIRST = Comparator.<Image, Instant>comparing(Image::createdAt)
            .thenComparing(Image::id, Comparator.<String>naturalOrder())
            .reversed();

    private final ImageStore images;

    public ImageTagSearch(ImageStore images) {
        this.images = images;
    }

    /** Returns the matching images with their total count, or only the count for the {@code count} action. */
    public Uni<TagSearchResult> search(Caller caller, TagSearchQuery query) {
        List.of(query.tags(), query.tagsAny(), query.notTags(), query.notTagsAny())
                .forEach(ImageTagSearch::validateConditions);
        Predicate<Image> matches = matcher(query);

        return images.listAll()
                .map(all -> all.stream()
                        .filter(image -> image.isOwnedBy(caller.projectId()) && !image.isPublic())
                        .filter(matches)
                        .sorted(NEWEST_FIRST)
                        .toList())
                .map(found -> page(found, query));
    }

    private static TagSearchResult page(List<Image> found, TagSearchQuery query) {
        if (query.countOnly()) {
            return new TagSearchResult(found.size(), List.of());
        }
        int from = Math.min(query.offset(), found.size());
        int to = Math.min(from + query.limit(), found.size());
        return new TagSearchResult(found.size(), found.subList(from, to));
    }

    private static Predicate<Image> matcher(TagSearchQuery query) {
        Predicate<Image> byResource = image -> query.matches().stream().allMatch(match -> matches(match, image));
        if (query.withoutAnyTag()) {
            return byResource.and(image -> image.tags().isEmpty());
        }
        return byResource
                .and(image -> query.tags().stream().allMatch(condition -> holds(condition, image)))
                .and(image -> query.tagsAny().isEmpty()
                        || query.tagsAny().stream().anyMatch(condition -> holds(condition, image)))
                .and(image -> query.notTags().isEmpty()
                        || !query.notTags().stream().allMatch(condition -> holds(condition, image)))
                .and(image -> query.notTagsAny().stream().noneMatch(condition -> holds(condition, image)));
    }

    private static boolean holds(TagCondition condition, Image image) {
        String value = image.tags().get(condition.key());
        return value != null && (condition.values().isEmpty() || condition.values().contains(value));
    }

    private static boolean matches(ResourceMatch match, Image image) {
        if (match.key().equals(ResourceMatch.RESOURCE_ID)) {
            return image.id().equals(match.value());
        }
        return match.value().isEmpty() ? image.name().isEmpty() : image.name().contains(match.value());
    }

    /**
     * Checks one list of conditions: at most {@link #MAX_CONDITIONS}, keys unique and not blank, at most
     * {@link #MAX_VALUES} values each, and the lengths of {@link TagRules#validateLookupTag}.
     */
    private static void validateConditions(List<TagCondition> conditions) {
        if (conditions.size() > MAX_CONDITIONS) {
            throw ImsError.IMAGE_TAG_INVALID.exception(conditions.size() + " tag conditions");
        }
        Set<String> keys = new HashSet<>();
        for (TagCondition condition : conditions) {
            if (condition.values().size() > MAX_VALUES) {
                throw ImsError.IMAGE_TAG_INVALID.exception(condition.values().size() + " values of one tag");
            }
            TagRules.validateLookupTag(new ImageTag(condition.key(), ""));
            for (String value : condition.values()) {
                TagRules.validateLookupTag(new ImageTag(condition.key(), value));
            }
            if (!keys.add(condition.key())) {
                throw ImsError.IMAGE_TAG_INVALID.exception("duplicate tag key " + condition.key());
            }
        }
    }
}
