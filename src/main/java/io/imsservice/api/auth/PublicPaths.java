package io.imsservice.api.auth;

import java.util.regex.Pattern;

/**
 * Paths that need no credentials: the simulation API, the Quarkus endpoints under {@code /q}, and the Glance
 * version documents {@code GET /} and {@code GET /{version}}.
 */
final class PublicPaths {

    /** A version document path such as {@code /v2}, {@code /v2.0} or {@code /v1.1/}. */
    private static final Pattern VERSION = Pattern.compile("/v[0-9]+(\\.[0-9]+)?/?");

    private PublicPaths() {
    }

    /**
     * Decides whether a request needs no credentials.
     *
     * @param method HTTP method
     * @param path decoded request path; a path with {@code .} or {@code ..} segments is never public, so that
     *     {@code /sim/../v2/cloudimages} cannot skip authentication
     */
    static boolean isPublic(String method, String path) {
        if (path.contains("/./") || path.contains("/../") || path.endsWith("/.") || path.endsWith("/..")) {
            return false;
        }
        if (isUnder(path, "/sim") || isUnder(path, "/q")) {
            return true;
        }
        return "GET".equals(method) && (path.isEmpty() || path.equals("/") || VERSION.matcher(path).matches());
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
