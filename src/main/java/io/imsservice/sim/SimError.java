package io.imsservice.sim;

/**
 * Error codes of the simulation API. They are emulator extensions, not IMS catalog codes, and use the IMS error
 * body: {@code {"error":{"message":"...","code":"SIM.0001"}}}.
 */
public enum SimError {
    /** The body is not JSON, is not an object, has a field of the wrong type, or has an unknown field. */
    BODY_MALFORMED("SIM.0001", 400),
    /** A field is missing or its value is not allowed. */
    FIELD_INVALID("SIM.0002", 400),
    /**
     * A field refers to a project, domain, region or disk that does not exist, or to a disk that cannot be used
     * there.
     */
    REFERENCE_INVALID("SIM.0003", 400),
    /** No simulated resource has the id, name or key in the path. */
    NOT_FOUND("SIM.0004", 404),
    /** A simulated resource with the requested id, name or key already exists. */
    ALREADY_EXISTS("SIM.0005", 409),
    /** The simulation API is switched off with {@code ims.simulation.enabled=false}. */
    DISABLED("SIM.0006", 404),
    /** A reset could not load the fixtures file; the simulation keeps its state. */
    FIXTURES_INVALID("SIM.0007", 500);

    private final String code;
    private final int status;

    SimError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    /** HTTP status of a response with this error. */
    public int status() {
        return status;
    }

    public SimException exception(String message) {
        return new SimException(this, message);
    }
}
