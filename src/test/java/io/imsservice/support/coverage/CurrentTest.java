package io.imsservice.support.coverage;

import java.util.Optional;

/**
 * The test method running on the current thread, as {@link CurrentTestExtension} announces it.
 *
 * <p>{@code @QuarkusTest} loads the test classes, this one included, a second time in its own class loader, while
 * JUnit loads the extension in the application class loader. A static field would therefore exist twice, and the
 * assertion helpers would never see what the extension stored. System properties belong to the JDK and are shared
 * by both loaders, so the identity lives there, under a key per thread.
 */
public final class CurrentTest {
    private static final String KEY_PREFIX = "ims.coverage.current-test.";

    private CurrentTest() {
    }

    /** Marks the test that starts on this thread. */
    static void enter(TestIdentity test) {
        System.setProperty(key(), test.encode());
    }

    /** Forgets the test of this thread once it has finished. */
    static void leave() {
        System.clearProperty(key());
    }

    /** Returns the test running on this thread, or empty outside a JUnit test method. */
    public static Optional<TestIdentity> get() {
        return Optional.ofNullable(System.getProperty(key()))
                .map(TestIdentity::decode);
    }

    @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19; the project targets Java 17.
    private static String key() {
        return KEY_PREFIX + Thread.currentThread().getId();
    }
}
