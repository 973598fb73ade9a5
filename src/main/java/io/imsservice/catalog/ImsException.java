package io.imsservice.catalog;

/**
 * A documented IMS failure. The mapper turns it into the catalog's status and body, so throw this (or fail a Uni
 * with it) wherever a request breaks a rule.
 *
 * <p>The detail is for logs and tests only: the response always carries the catalog message verbatim.
 */
public final class ImsException extends RuntimeException {
    private final ImsError error;
    private final Integer status;

    public ImsException(ImsError error) {
        this(error, null);
    }

    public ImsException(ImsError error, String detail) {
        this(error, detail, null);
    }

    private ImsException(ImsError error, String detail, Integer status) {
        super(detail == null ? error.code() : error.code() + ": " + detail, null, false, false);
        this.error = error;
        this.status = status;
    }

    public ImsError error() {
        return error;
    }

    /**
     * Returns a copy that responds with this HTTP status instead of the catalog or kind status, for the few
     * operations whose documentation fixes a status, such as the 404 of deleting an absent tag key.
     */
    public ImsException withStatus(int httpStatus) {
        String message = getMessage();
        String detail = message.equals(error.code()) ? null : message.substring(error.code().length() + 2);
        return new ImsException(error, detail, httpStatus);
    }

    /** Returns the HTTP status that replaces the catalog status, or {@code null} when the catalog status applies. */
    public Integer status() {
        return status;
    }
}
