package io.imsservice.support.coverage;

/**
 * One passed assertion that the service returned a catalog error, with the test that made it.
 *
 * @param kind whether the error came as an error response or as the result of a failed async job
 * @param status HTTP status of the response; for a failed job, the status of the job query
 * @param code IMS code, such as {@code IMG.0001}
 * @param message error message exactly as the service returned it
 */
public record ErrorAssertion(Kind kind, int status, String code, String message, TestIdentity test) {

    /** How the service reported the error. */
    public enum Kind {
        /** An error response with the IMS error body. */
        RESPONSE,
        /** An async job that ended in FAIL, with the code as {@code error_code} and the message as fail_reason. */
        FAILED_JOB
    }

    private static final int FIELD_COUNT = 7;

    /** Returns the record as one tab-separated line without a line break. */
    public String encode() {
        return String.join("\t", kind.name(), Integer.toString(status), Fields.escape(code), Fields.escape(message),
                test.encode());
    }

    /**
     * Parses a line that {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when the line is not such a record
     */
    public static ErrorAssertion decode(String line) {
        String[] fields = Fields.split(line, FIELD_COUNT);
        return new ErrorAssertion(Kind.valueOf(fields[0]), Integer.parseInt(fields[1]), fields[2], fields[3],
                new TestIdentity(fields[4], fields[5], fields[6]));
    }
}
