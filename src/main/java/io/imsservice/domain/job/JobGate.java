package io.imsservice.domain.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the simulation API hold async jobs in RUNNING so that "being created" states can be tested. While the gate is
 * held, jobs that reach their end wait here; releasing the gate finishes them in the order they arrived.
 */
@ApplicationScoped
public class JobGate {
    private boolean held;
    private final List<Runnable> waiting = new ArrayList<>();

    public synchronized boolean isHeld() {
        return held;
    }

    public synchronized void hold() {
        held = true;
    }

    /** Opens the gate and runs every completion that was waiting; returns how many jobs it released. */
    public int release() {
        List<Runnable> released;
        synchronized (this) {
            held = false;
            released = new ArrayList<>(waiting);
            waiting.clear();
        }
        released.forEach(Runnable::run);
        return released.size();
    }

    /** Runs the completion now, or later on {@link #release()} when the gate is held. */
    public void pass(Runnable completion) {
        synchronized (this) {
            if (held) {
                waiting.add(completion);
                return;
            }
        }
        completion.run();
    }

    /** Drops waiting completions without running them, as a reset to fixtures does. */
    public synchronized void clear() {
        held = false;
        waiting.clear();
    }
}
