package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of POST /v2/{project_id}/images/resource_instances/action. {@code limit} and {@code offset} are strings in
 * the IMS API.
 */
@RegisterForReflection
public record TagSearchBody(String action, List<TagConditionBody> tags,
        @JsonProperty("tags_any") List<TagConditionBody> tagsAny,
        @JsonProperty("not_tags") List<TagConditionBody> notTags,
        @JsonProperty("not_tags_any") List<TagConditionBody> notTagsAny,
        String limit, String offset, List<ImageTagBody> matches,
        @JsonProperty("without_any_tag") Boolean withoutAnyTag) {

    /** A tag condition: the key and the values it may have, any value when the list is empty. */
    @RegisterForReflection
    public record TagConditionBody(String key, List<String> values) {
    }
}
