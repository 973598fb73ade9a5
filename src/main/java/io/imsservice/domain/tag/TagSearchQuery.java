package io.imsservice.domain.tag;

import java.util.List;

/**
 * A query by tags: POST /v2/{project_id}/images/resource_instances/action, with its body fields parsed.
 *
 * @param countOnly whether the action is {@code count}, which returns only the number of matches
 * @param tags conditions that an image must meet, every one of them
 * @param tagsAny conditions of which an image must meet one, when any are given
 * @param notTags conditions that exclude an image when it meets them all
 * @param notTagsAny conditions that exclude an image when it meets one of them
 * @param withoutAnyTag whether only images without tags match, in which case the tag conditions are ignored
 * @param limit page size of the {@code filter} action
 * @param offset number of matches the {@code filter} action skips
 * @param matches conditions on the image name or id
 */
public record TagSearchQuery(boolean countOnly, List<TagCondition> tags, List<TagCondition> tagsAny,
        List<TagCondition> notTags, List<TagCondition> notTagsAny, boolean withoutAnyTag, int limit, int offset,
        List<ResourceMatch> matches) {

    /** A condition that an image meets when it has the key and, unless {@code values} is empty, one of them. */
    public record TagCondition(String key, List<String> values) {
    }

    /**
     * A condition on the image: {@code resource_name} matches names that contain the value, or equal it when the
     * value is empty, and {@code resource_id} matches the id exactly.
     */
    public record ResourceMatch(String key, String value) {
        public static final String RESOURCE_NAME = "resource_name";
        public static final String RESOURCE_ID = "resource_id";
    }
}
