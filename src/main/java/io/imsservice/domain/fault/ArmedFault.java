package io.imsservice.domain.fault;

/**
 * A failure waiting to be injected into a dependency operation.
 *
 * @param id id of the fault, {@code fault-1} for the first one armed after a reset
 * @param projectId the only project whose calls fail, or {@code null} for every project
 * @param remaining how many more calls fail, or {@code null} until the fault is cleared
 */
public record ArmedFault(String id, DependencyOperation operation, String projectId, Integer remaining) {

    boolean matches(DependencyOperation called, String callerProjectId) {
        return operation == called && (projectId == null || projectId.equals(callerProjectId));
    }

    /** Returns this fault after one more injected failure, or {@code null} when it has none left. */
    ArmedFault afterFiring() {
        if (remaining == null) {
            return this;
        }
        return remaining > 1 ? new ArmedFault(id, operation, projectId, remaining - 1) : null;
    }
}
