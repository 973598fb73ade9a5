package io.imsservice.support.coverage;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Announces each test method to {@link CurrentTest}, so that the error assertion helpers can record which test
 * proved a catalog code. JUnit registers it for every test through {@code META-INF/services} and extension
 * autodetection, which the {@code junit-platform.properties} of the quarkus-junit-config test dependency switches
 * on. A second {@code junit-platform.properties} in this project would shadow that file and drop its Quarkus test
 * class orderer, so the project has none.
 */
public class CurrentTestExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CurrentTest.enter(new TestIdentity(context.getRequiredTestClass().getName(),
                context.getRequiredTestMethod().getName(), context.getDisplayName()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CurrentTest.leave();
    }
}
