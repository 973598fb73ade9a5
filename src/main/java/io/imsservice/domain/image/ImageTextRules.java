package io.imsservice.domain.image;

/** Length limits and formats of image names and descriptions, shared by Bean Validation and the update rules. */
public final class ImageTextRules {
    public static final int NAME_MAX_LENGTH = 128;
    /** Letters of any script, digits, spaces, hyphens, periods and underscores, not starting or ending with a space. */
    public static final String NAME_PATTERN = "(?!\\s)[\\p{L}\\p{N}_.\\- ]*(?<!\\s)";
    public static final int DESCRIPTION_MAX_LENGTH = 1024;
    /** Anything but carriage returns, line feeds, {@code <} and {@code >}. */
    public static final String DESCRIPTION_PATTERN = "[^\\r\\n<>]*";

    private ImageTextRules() {
    }
}
