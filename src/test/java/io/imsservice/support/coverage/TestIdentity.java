package io.imsservice.support.coverage;

/**
 * A JUnit test invocation.
 *
 * @param className fully qualified name of the test class
 * @param methodName name of the test method
 * @param displayName JUnit display name of the invocation: {@code methodName()} for a plain test, the name of the
 *     case for a parameterized one
 */
public record TestIdentity(String className, String methodName, String displayName) {
    private static final char SEPARATOR = '\t';

    /** Returns the class name without its package. */
    public String simpleClassName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    String encode() {
        return Fields.escape(className) + SEPARATOR + Fields.escape(methodName) + SEPARATOR
                + Fields.escape(displayName);
    }

    static TestIdentity decode(String encoded) {
        String[] fields = Fields.split(encoded, 3);
        return new TestIdentity(fields[0], fields[1], fields[2]);
    }
}
