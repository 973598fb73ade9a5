package io.imsservice.sim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;

/** Test bean that counts {@link FixturesLoaded} events, as a stateful component would observe them. */
@ApplicationScoped
public class FixturesLoadedRecorder {
    private final AtomicInteger events = new AtomicInteger();
    private volatile Fixtures lastFixtures;

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        events.incrementAndGet();
        lastFixtures = event.fixtures();
    }

    public int events() {
        return events.get();
    }

    public Fixtures lastFixtures() {
        return lastFixtures;
    }
}
