package io.imsservice.catalog;

/**
 * Tells Glance-native paths ({@code /v2/images...}, {@code /v2/schemas...}) from the IMS extension paths. Errors on
 * Glance-native paths use the HTTP status of their kind; errors on extension paths use the catalog status.
 */
public final class GlancePaths {

    private static final String[] PREFIXES = {"/v2/images", "/v2/schemas"};

    private GlancePaths() {
    }

    /** Returns whether a request path, relative to the application root, is a Glance-native path. */
    public static boolean isGlanceNative(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        for (String prefix : PREFIXES) {
            if (absolute.equals(prefix) || absolute.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
