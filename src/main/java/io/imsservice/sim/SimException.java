package io.imsservice.sim;

/** A rejected simulation API request; {@link SimExceptionMapper} writes it as an error response. */
public final class SimException extends RuntimeException {
    private final SimError error;

    public SimException(SimError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public SimError error() {
        return error;
    }
}
