package io.imsservice.domain.tag;

import io.imsservice.catalog.ImsError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validation of the tags a request attaches to an image. Invalid tags fail with IMG.0115, more than
 * {@link #MAX_TAGS_PER_IMAGE} tags with IMG.0116.
 */
public final class TagRules {
    public static final int MAX_TAGS_PER_IMAGE = 10;
    public static final int MAX_KEY_LENGTH = 36;
    public static final int MAX_VALUE_LENGTH = 43;
    /**
     * Maximum length of a key and of a value that a tag deletion or a query by tags accepts. IMS checks no
     * characters there, so that tags stored under older, looser rules can still be named.
     */
    public static final int MAX_LOOKUP_KEY_LENGTH = 127;
    public static final int MAX_LOOKUP_VALUE_LENGTH = 255;

    /** Characters a tag key or value may not contain. Letters of any script, digits and spaces inside are allowed. */
    private static final Pattern FORBIDDEN = Pattern.compile("[=*<>\\\\,|/\\p{Cntrl}]");
    /** Legacy {@code key.value} tags allow only ASCII letters, digits, underscores and hyphens on each side. */
    private static final Pattern LEGACY_PART = Pattern.compile("[A-Za-z0-9_-]*");

    private TagRules() {
    }

    /** Validates key/value tags and returns them by key, in request order. Keys and values are trimmed first. */
    public static LinkedHashMap<String, String> validateKeyValueTags(List<ImageTag> tags) {
        List<ImageTag> trimmed = new ArrayList<>();
        for (ImageTag tag : tags) {
            if (tag == null || tag.key() == null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("tag without key");
            }
            trimmed.add(new ImageTag(tag.key().strip(), tag.value() == null ? "" : tag.value().strip()));
        }
        return validateTags(trimmed);
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

    /**
     * Validates tags of the tag API exactly as sent and returns them by key, in request order. Unlike
     * {@link #validateKeyValueTags}, which trims the tags of an image creation, a key or value with leading or
     * trailing whitespace is invalid here, as is a key that appears twice.
     */
    public static LinkedHashMap<String, String> validateTags(List<ImageTag> tags) {
        LinkedHashMap<String, String> byKey = new LinkedHashMap<>();
        for (ImageTag tag : tags) {
            ImageTag valid = validateTag(tag);
            if (byKey.put(valid.key(), valid.value()) != null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("duplicate tag key " + valid.key());
            }
        }
        requireWithinQuota(byKey.size());
        return byKey;
    }

    /** Validates one tag of the tag API exactly as sent; a missing value means a key-only tag. */
    public static ImageTag validateTag(ImageTag tag) {
        if (tag == null || tag.key() == null) {
            throw ImsError.IMAGE_TAG_INVALID.exception("tag without key");
        }
        String value = tag.value() == null ? "" : tag.value();
        if (!tag.key().equals(tag.key().strip()) || !value.equals(value.strip())) {
            throw ImsError.IMAGE_TAG_INVALID.exception("tag with leading or trailing whitespace");
        }
        validateKey(tag.key());
        validateValue(value);
        return new ImageTag(tag.key(), value);
    }

    /**
     * Validates a Glance tag, which becomes a key-only tag: the rules of a key, and no dot, which would read as
     * the separator of a legacy {@code key.value} tag.
     * NOTE: IMS documents Glance tags of up to 255 characters, but a Glance tag is stored as a key, so the key
     * limit of 36 applies here.
     */
    public static String validateGlanceTag(String tag) {
        if (tag.contains(".")) {
            throw ImsError.IMAGE_TAG_INVALID.exception("Glance tag with a dot");
        }
        return validateTag(new ImageTag(tag, "")).key();
    }

    /** Validates a legacy {@code key.value} tag, as {@link #validateLegacyTags} does for a list. */
    public static ImageTag validateLegacyTag(String tag) {
        Map.Entry<String, String> parsed = validateLegacyTags(List.of(tag)).entrySet().iterator().next();
        return new ImageTag(parsed.getKey(), parsed.getValue());
    }

    /**
     * Validates a tag that names stored tags, to delete or to query them: the key must not be blank, and only the
     * lengths
     * {@link #MAX_LOOKUP_KEY_LENGTH} and {@link #MAX_LOOKUP_VALUE_LENGTH} are checked.
     */
    public static ImageTag validateLookupTag(ImageTag tag) {
        if (tag == null || tag.key() == null || tag.key().isBlank()) {
            throw ImsError.IMAGE_TAG_INVALID.exception("tag key is blank");
        }
        String value = tag.value() == null ? "" : tag.value();
        if (tag.key().length() > MAX_LOOKUP_KEY_LENGTH || value.length() > MAX_LOOKUP_VALUE_LENGTH) {
            throw ImsError.IMAGE_TAG_INVALID.exception("tag key or value is too long");
        }
        return new ImageTag(tag.key(), value);
    }

    /**
     * Returns the image's tags with the additions, which overwrite tags of the same key, or fails with IMG.0116
     * when the result has more than {@link #MAX_TAGS_PER_IMAGE} tags.
     */
    public static LinkedHashMap<String, String> merge(Map<String, String> current, Map<String, String> additions) {
        LinkedHashMap<String, String> merged = new LinkedHashMap<>(current);
        merged.putAll(additions);
        requireWithinQuota(merged.size());
        return merged;
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
