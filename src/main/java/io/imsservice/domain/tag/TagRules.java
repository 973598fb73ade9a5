package io.imsservice.domain.tag;

import io.imsservice.catalog.ImsError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of the tags a request attaches to an image. Invalid tags fail with IMG.0115, more than
 * {@link #MAX_TAGS_PER_IMAGE} tags with IMG.0116.
 */
public final class TagRules {
    public static final int MAX_TAGS_PER_IMAGE = 10;
    public static final int MAX_KEY_LENGTH = 36;
    public static final int MAX_VALUE_LENGTH = 43;

    /** Characters a tag key or value may not contain. Letters of any script, digits and spaces inside are allowed. */
    private static final Pattern FORBIDDEN = Pattern.compile("[=*<>\\\\,|/\\p{Cntrl}]");
    /** Legacy {@code key.value} tags allow only ASCII letters, digits, underscores and hyphens on each side. */
    private static final Pattern LEGACY_PART = Pattern.compile("[A-Za-z0-9_-]*");

    private TagRules() {
    }

    /** Validates key/value tags and returns them by key, in request order. Keys and values are trimmed first. */
    public static LinkedHashMap<String, String> validateKeyValueTags(List<ImageTag> tags) {
        LinkedHashMap<String, String> byKey = new LinkedHashMap<>();
        for (ImageTag tag : tags) {
            if (tag == null || tag.key() == null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("tag without key");
            }
            String key = tag.key().strip();
            String value = tag.value() == null ? "" : tag.value().strip();
            validateKey(key);
            validateValue(value);
            if (byKey.put(key, value) != null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("duplicate tag key " + key);
            }
        }
        requireWithinQuota(byKey.size());
        return byKey;
    }

    /** Validates legacy {@code key.value} tags and returns them by key; a tag without a dot has the value "". */
    public static LinkedHashMap<String, String> validateLegacyTags(List<String> tags) {
        LinkedHashMap<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag == null || tag.isEmpty()) {
                throw ImsError.IMAGE_TAG_INVALID.exception("empty legacy tag");
            }
            int dot = tag.indexOf('.');
            String key = dot < 0 ? tag : tag.substring(0, dot);
            String value = dot < 0 ? "" : tag.substring(dot + 1);
            if (!LEGACY_PART.matcher(key).matches() || !LEGACY_PART.matcher(value).matches()) {
                throw ImsError.IMAGE_TAG_INVALID.exception("legacy tag with invalid characters");
            }
            validateKey(key);
            validateValue(value);
            if (byKey.put(key, value) != null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("duplicate tag key " + key);
            }
        }
        requireWithinQuota(byKey.size());
        return byKey;
    }

    public static void validateKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || FORBIDDEN.matcher(key).find()) {
            throw ImsError.IMAGE_TAG_INVALID.exception("invalid tag key");
        }
    }

    public static void validateValue(String value) {
        if (value.length() > MAX_VALUE_LENGTH || FORBIDDEN.matcher(value).find()) {
            throw ImsError.IMAGE_TAG_INVALID.exception("invalid tag value");
        }
    }

    public static void requireWithinQuota(int tagCount) {
        if (tagCount > MAX_TAGS_PER_IMAGE) {
            throw ImsError.IMAGE_TAG_QUOTA_EXCEEDED.exception(tagCount + " tags");
        }
    }
}
