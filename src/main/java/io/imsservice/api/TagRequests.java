package io.imsservice.api;

import io.imsservice.api.dto.ImageTagBody;
import io.imsservice.api.dto.TagSearchBody;
import io.imsservice.api.dto.TagSearchBody.TagConditionBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.tag.ImageTag;
import io.imsservice.domain.tag.TagSearchQuery;
import io.imsservice.domain.tag.TagSearchQuery.ResourceMatch;
import io.imsservice.domain.tag.TagSearchQuery.TagCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns tag request bodies into domain values. A missing list or a malformed field that is no tag fails with
 * IMG.0001; the tags themselves are left to {@link io.imsservice.domain.tag.TagRules}.
 */
public final class TagRequests {
    public static final String CREATE = "create";
    public static final String DELETE = "delete";
    public static final int DEFAULT_SEARCH_LIMIT = 10;
    public static final int MAX_SEARCH_LIMIT = 1000;

    private static final Set<String> MATCH_KEYS = Set.of(ResourceMatch.RESOURCE_NAME, ResourceMatch.RESOURCE_ID);

    private TagRequests() {
    }

    /** Returns the image id of a body, or fails with IMG.0001 when it is missing or blank. */
    public static String requireImageId(String imageId) {
        if (imageId == null || imageId.isBlank()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("image_id is missing");
        }
        return imageId;
    }

    /** Converts a tag body; a missing tag becomes a tag without key, which the tag rules reject. */
    public static ImageTag tagOf(ImageTagBody body) {
        return body == null ? null : new ImageTag(body.key(), body.value());
    }

    /** Converts the {@code tags} list, which must have at least one entry. */
    public static List<ImageTag> requireTags(List<ImageTagBody> tags) {
        if (tags == null || tags.isEmpty()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("tags is missing or empty");
        }
        List<ImageTag> converted = new ArrayList<>();
        tags.forEach(tag -> converted.add(tagOf(tag)));
        return converted;
    }

    /** Parses a query by tags; {@code limit} and {@code offset} count only for the {@code filter} action. */
    public static TagSearchQuery searchQuery(TagSearchBody body) {
        boolean countOnly = switch (body.action() == null ? "" : body.action()) {
            case "filter" -> false;
            case "count" -> true;
            default -> throw ImsError.REQUEST_FORMAT_INVALID.exception("tag query action " + body.action());
        };
        int limit = countOnly ? 0 : number("limit", body.limit(), DEFAULT_SEARCH_LIMIT, 1, MAX_SEARCH_LIMIT);
        int offset = countOnly ? 0 : number("offset", body.offset(), 0, 0, Integer.MAX_VALUE);

        return new TagSearchQuery(countOnly, conditions(body.tags()), conditions(body.tagsAny()),
                conditions(body.notTags()), conditions(body.notTagsAny()), Boolean.TRUE.equals(body.withoutAnyTag()),
                limit, offset, matches(body.matches()));
    }

    private static List<TagCondition> conditions(List<TagConditionBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        List<TagCondition> conditions = new ArrayList<>();
        for (TagConditionBody body : bodies) {
            if (body == null || body.key() == null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("tag condition without key");
            }
            List<String> values = body.values() == null ? List.of() : body.values();
            if (values.stream().anyMatch(Objects::isNull)) {
                throw ImsError.IMAGE_TAG_INVALID.exception("tag condition with a null value");
            }
            conditions.add(new TagCondition(body.key(), List.copyOf(values)));
        }
        return conditions;
    }

    private static List<ResourceMatch> matches(List<ImageTagBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        List<ResourceMatch> matches = new ArrayList<>();
        for (ImageTagBody body : bodies) {
            if (body == null || body.key() == null || !MATCH_KEYS.contains(body.key())) {
                throw ImsError.REQUEST_FORMAT_INVALID.exception("matches key " + (body == null ? null : body.key()));
            }
            matches.add(new ResourceMatch(body.key(), body.value() == null ? "" : body.value()));
        }
        return matches;
    }

    private static int number(String field, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " " + value);
            }
            return parsed;
        } catch (NumberFormatException notNumber) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " " + value);
        }
    }
}
