package io.imsservice.domain.obs;

import io.imsservice.catalog.ImsError;
import java.util.regex.Pattern;

/**
 * The OBS address of an image file, {@code bucket:object}, as {@code image_url} and {@code bucket_url} give it.
 *
 * @param bucket bucket name
 * @param key object key, which may contain slashes
 */
public record ImageFileAddress(String bucket, String key) {

    /**
     * OBS bucket names: 3 to 63 lowercase letters, digits, hyphens and periods, starting and ending with a letter or
     * digit, with no period next to another period or a hyphen.
     */
    private static final Pattern BUCKET_NAME =
            Pattern.compile("(?!.*(\\.\\.|\\.-|-\\.))[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    /** OBS rejects bucket names that look like an IPv4 address. */
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * Parses {@code bucket:object}, splitting at the first colon. An address without a bucket name fails with
     * IMG.0068, a bucket name that breaks the OBS naming rules with IMG.0109, and one without an object key with
     * IMG.0121.
     */
    public static ImageFileAddress parse(String address) {
        String text = address == null ? "" : address.trim();
        int colon = text.indexOf(':');
        String bucket = colon < 0 ? text : text.substring(0, colon);
        String key = colon < 0 ? "" : text.substring(colon + 1);

        requireValidBucketName(bucket);
        if (key.isEmpty()) {
            throw ImsError.OBJECT_NOT_FOUND.exception("no object key in " + text);
        }
        return new ImageFileAddress(bucket, key);
    }

    /** Checks a bucket name alone: empty (IMG.0068) or against the OBS naming rules (IMG.0109). */
    public static void requireValidBucketName(String bucket) {
        if (bucket == null || bucket.isEmpty()) {
            throw ImsError.BUCKET_NAME_EMPTY.exception();
        }
        if (!BUCKET_NAME.matcher(bucket).matches() || IP_ADDRESS.matcher(bucket).matches()) {
            throw ImsError.BUCKET_NAME_INVALID.exception(bucket);
        }
    }

    @Override
    public String toString() {
        return bucket + ":" + key;
    }
}
