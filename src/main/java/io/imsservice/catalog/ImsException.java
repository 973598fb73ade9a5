package io.imsservice.catalog;

/**
 * A documented IMS failure. The mapper turns it into the catalog's status and body, so throw this (or fail a Uni
 * with it) wherever a request breaks a rule.
 *
 * <p>The detail is for logs and tests only: the response always carries the catalog message verbatim.
 */
public final class ImsException extends RuntimeException {
    private final ImsError error;

    public ImsException(ImsError error) {
        this(error, null);
    }

    public ImsException(ImsError error, String detail) {
        super(detail == null ? error.code() : error.code() + ": " + detail, null, false, false);
        this.error = error;
    }

    public ImsError error() {
        return error;
    }
}
