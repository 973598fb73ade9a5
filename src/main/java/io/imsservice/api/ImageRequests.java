package io.imsservice.api;

import io.imsservice.api.dto.ImageTagBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.EnterpriseProjectPort;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.tag.ImageTag;
import io.imsservice.domain.tag.TagRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the common fields of image creation bodies into a validated {@link NewImageRequest}. */
public final class ImageRequests {
    private ImageRequests() {
    }

    /**
     * Validates what Bean Validation cannot: a name is present (IMG.0013), and {@code tags} and {@code image_tags}
     * are not both given and are valid (IMG.0115, IMG.0116). The enterprise project id is checked against EPS in
     * the creation pipeline.
     */
    public static NewImageRequest newImageRequest(String name, String description, List<String> legacyTags,
            List<ImageTagBody> imageTags, Integer minRam, Integer maxRam, String enterpriseProjectId) {
        if (name == null || name.isEmpty()) {
            throw ImsError.IMAGE_NAME_MISSING.exception();
        }
        return new NewImageRequest(name, description, tags(legacyTags, imageTags), minRam, maxRam,
                enterpriseProject(enterpriseProjectId));
    }

    private static Map<String, String> tags(List<String> legacyTags, List<ImageTagBody> imageTags) {
        boolean hasLegacy = legacyTags != null && !legacyTags.isEmpty();
        boolean hasKeyValue = imageTags != null && !imageTags.isEmpty();
        if (hasLegacy && hasKeyValue) {
            throw ImsError.IMAGE_TAG_INVALID.exception("tags and image_tags are mutually exclusive");
        }
        if (hasLegacy) {
            return TagRules.validateLegacyTags(legacyTags);
        }
        if (hasKeyValue) {
            return TagRules.validateKeyValueTags(imageTags.stream()
                    .map(tag -> tag == null ? null : new ImageTag(tag.key(), tag.value()))
                    .toList());
        }
        return new LinkedHashMap<>();
    }

    private static String enterpriseProject(String enterpriseProjectId) {
        return enterpriseProjectId == null ? EnterpriseProjectPort.DEFAULT_ID : enterpriseProjectId;
    }
}
