package io.imsservice.domain.job;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the work in flight per key, such as a project id, and hands out at most a given number of permits per key.
 * Taking and returning a permit are atomic, so concurrent requests never exceed the limit.
 */
public final class InFlightLimiter {
    private final Map<String, Set<Permit>> inFlight = new HashMap<>();

    /** One unit of work in flight under a key. Releasing it more than once has no further effect. */
    public static final class Permit {
        private final InFlightLimiter limiter;
        private final String key;

        private Permit(InFlightLimiter limiter, String key) {
            this.limiter = limiter;
            this.key = key;
        }

        public String key() {
            return key;
        }

        public void release() {
            limiter.release(this);
        }
    }

    /** Returns a new permit, or an empty Optional when {@code limit} permits of the key are already out. */
    public synchronized Optional<Permit> tryAcquire(String key, int limit) {
        Set<Permit> permits = inFlight.computeIfAbsent(key, ignored -> new HashSet<>());
        if (permits.size() >= limit) {
            return Optional.empty();
        }
        Permit permit = new Permit(this, key);
        permits.add(permit);
        return Optional.of(permit);
    }

    /** Forgets every permit, so that releasing a permit handed out before has no effect. */
    public synchronized void clear() {
        inFlight.clear();
    }

    private synchronized void release(Permit permit) {
        Set<Permit> permits = inFlight.get(permit.key());
        if (permits != null) {
            permits.remove(permit);
        }
    }
}
