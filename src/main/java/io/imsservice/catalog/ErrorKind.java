package io.imsservice.catalog;

/**
 * Classification of a catalog code, kept in the hand-written overlay. Extension APIs return the catalog status
 * whatever the kind, and Glance-native paths return the status of the kind.
 */
public enum ErrorKind {
    INVALID_REQUEST(400),
    NOT_FOUND(404),
    FORBIDDEN(403),
    CONFLICT(409),
    QUOTA(400),
    THROTTLED(400),
    DEPENDENCY_FAILURE(400);

    private final int glanceStatus;

    ErrorKind(int glanceStatus) {
        this.glanceStatus = glanceStatus;
    }

    /** HTTP status that a Glance-native path returns for an error of this kind. */
    public int glanceStatus() {
        return glanceStatus;
    }
}
