package io.imsservice.domain.fault;

import io.imsservice.catalog.ImsException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failures injected into the calls IMS makes to its neighbours, armed through the simulation API. Code that makes
 * such a call first runs {@link #check}, which fails with the operation's catalog error while a matching fault is
 * armed. Faults fire in the order they were armed and involve no randomness, so a test run replays exactly.
 */
@ApplicationScoped
public class DependencyFaults {
    private final List<ArmedFault> armed = new ArrayList<>();
    private long nextId = 1;

    /**
     * Arms a fault.
     *
     * @param projectId the only project whose calls fail, or {@code null} for every project
     * @param times how many calls fail, at least 1, or {@code null} to fail every call until the fault is cleared
     */
    public synchronized ArmedFault arm(DependencyOperation operation, String projectId, Integer times) {
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1, not " + times);
        }
        ArmedFault fault = new ArmedFault("fault-" + nextId++, operation, projectId, times);
        armed.add(fault);
        Log.infof("Fault %s armed: %s fails with %s for %s, %s", fault.id(), operation.wireName(),
                operation.error().code(), projectId == null ? "every project" : "project " + projectId,
                times == null ? "until cleared" : times + " times");
        return fault;
    }

    /** Lists the armed faults in the order they fire. */
    public synchronized List<ArmedFault> list() {
        return List.copyOf(armed);
    }

    /** Clears one fault; returns whether it was armed. */
    public synchronized boolean clear(String faultId) {
        boolean removed = armed.removeIf(fault -> fault.id().equals(faultId));
        if (removed) {
            Log.infof("Fault %s cleared", faultId);
        }
        return removed;
    }

    /** Clears every fault and restarts the ids at {@code fault-1}, as a reset to fixtures does. */
    public synchronized void clearAll() {
        armed.clear();
        nextId = 1;
    }

    /**
     * Returns a Uni that, when subscribed, fails with the operation's catalog error if a fault for the operation and
     * project is armed, and completes otherwise. Each failure uses up one call of the fault.
     *
     * @param projectId project on whose behalf IMS makes the call
     */
    public Uni<Void> check(DependencyOperation operation, String projectId) {
        return Uni.createFrom().voidItem()
                .invoke(() -> checkNow(operation, projectId));
    }

    /**
     * Checks before each object storage access, as IMS makes it: the assume-role token, the temporary AK/SK, then
     * the storage endpoint. Fails with IMG.0036, IMG.0037 or IMG.0040.
     */
    public Uni<Void> checkObjectStorageAccess(String projectId) {
        return check(DependencyOperation.ASSUME_TOKEN, projectId)
                .chain(() -> check(DependencyOperation.AKSK_RETRIEVAL, projectId))
                .chain(() -> check(DependencyOperation.OBJECT_STORAGE_ADDRESS, projectId));
    }

    /**
     * Checks at once, for code outside a Uni pipeline.
     *
     * @throws ImsException with the operation's catalog error when a matching fault is armed
     */
    public void checkNow(DependencyOperation operation, String projectId) {
        Optional<ArmedFault> fired = fire(operation, projectId);
        if (fired.isPresent()) {
            Log.infof("Fault %s fired: %s failed with %s for project %s", fired.get().id(), operation.wireName(),
                    operation.error().code(), projectId);
            throw operation.error().exception("injected fault " + fired.get().id());
        }
    }

    private synchronized Optional<ArmedFault> fire(DependencyOperation operation, String projectId) {
        for (int i = 0; i < armed.size(); i++) {
            ArmedFault fault = armed.get(i);
            if (fault.matches(operation, projectId)) {
                ArmedFault next = fault.afterFiring();
                if (next == null) {
                    armed.remove(i);
                } else {
                    armed.set(i, next);
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }
}
