package io.imsservice.domain.image.export;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.obs.ImageFileAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file an export writes: an OBS object and its format.
 *
 * @param key object key, whose part after the last slash is the file name and whose parts before it are folders
 * @param format file format the image is converted to
 */
public record ExportTarget(String bucket, String key, String format, boolean quick) {
    /**
     * Formats of a normal export: vhd, zvhd, raw and qcow2, which the remedy of IMG.0072 lists, and zvhd2 and vmdk,
     * which the IMS API documentation and the Huawei SDK's ExportImageRequestBody add.
     */
    public static final Set<String> FORMATS = Set.of("vhd", "zvhd", "raw", "qcow2", "zvhd2", "vmdk");
    /** Format of a normal export without {@code file_format}, as the remedy of IMG.0072 states. */
    public static final String DEFAULT_FORMAT = "vhd";
    /** Format of every quick export, which copies the image as it is stored. */
    public static final String QUICK_FORMAT = "zvhd2";
    /** Maximum file name length in characters, as the remedy of IMG.0075 states. */
    public static final int FILE_NAME_MAX_LENGTH = 128;
    /** Maximum OBS object key length in UTF-8 bytes. */
    public static final int KEY_MAX_BYTES = 1024;

    /**
     * A file or folder name: letters of any script, digits, spaces, hyphens, periods and underscores, not starting
     * or ending with a space.
     */
    private static final Pattern NAME = Pattern.compile("(?!\\s)[\\p{L}\\p{N}_.\\- ]+(?<!\\s)");

    /**
     * Checks the request and returns its target. The checks run in this order: the bucket name is given (IMG.0068)
     * and valid (IMG.0109), and the file name is given (IMG.0073). Then the key and the file name are not too long
     * (IMG.0074), every name in the key is valid (IMG.0075), and the format is one an export writes (IMG.0072).
     */
    public static ExportTarget of(ExportRequest request) {
        String address = request.bucketUrl() == null ? "" : request.bucketUrl().trim();
        int colon = address.indexOf(':');
        String bucket = colon < 0 ? address : address.substring(0, colon);
        String key = colon < 0 ? "" : address.substring(colon + 1);

        ImageFileAddress.requireValidBucketName(bucket);
        requireValidKey(key);
        return new ExportTarget(bucket, key, format(request), request.quick());
    }

    private static void requireValidKey(String key) {
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        if (fileName.isEmpty()) {
            throw ImsError.EXPORT_FILE_NAME_EMPTY.exception("no file name in key '" + key + "'");
        }
        int keyBytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (fileName.length() > FILE_NAME_MAX_LENGTH || keyBytes > KEY_MAX_BYTES) {
            throw ImsError.EXPORT_FILE_NAME_TOO_LONG.exception("file name of " + fileName.length()
                    + " characters in a key of " + keyBytes + " bytes");
        }
        for (String name : key.split("/", -1)) {
            if (!NAME.matcher(name).matches()) {
                throw ImsError.EXPORT_FILE_NAME_INVALID.exception("name '" + name + "' in key '" + key + "'");
            }
        }
    }

    /**
     * Returns the format to write. A quick export writes zvhd2 and takes no {@code file_format}. IMG.0072 rejects a
     * given one because its message and remedy point the caller at that field, while IMG.0001 names no field.
     */
    private static String format(ExportRequest request) {
        String requested = request.fileFormat();
        if (request.quick()) {
            if (requested != null) {
                throw ImsError.FILE_FORMAT_UNSUPPORTED.exception("file_format " + requested + " with quick export");
            }
            return QUICK_FORMAT;
        }
        if (requested == null) {
            return DEFAULT_FORMAT;
        }
        if (!FORMATS.contains(requested)) {
            throw ImsError.FILE_FORMAT_UNSUPPORTED.exception("file_format " + requested);
        }
        return requested;
    }

    /** Returns the object address in the form IMS requests use: {@code bucket:key}. */
    public String address() {
        return bucket + ":" + key;
    }
}
