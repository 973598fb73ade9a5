package io.imsservice.store;

import io.imsservice.domain.job.Job;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Repository port for async jobs. Adapters return copies; changes go through {@link #update}. */
public interface JobStore {

    Uni<Void> insert(Job job);

    Uni<Optional<Job>> findById(String id);

    /** Lists the jobs the project submitted, sub-jobs included, in no particular order. */
    Uni<List<Job>> listByProject(String projectId);

    /** Applies the change atomically and returns the stored result, or empty when the job is unknown. */
    Uni<Optional<Job>> update(String id, UnaryOperator<Job> change);

    /** Removes a job that was stored for a request that failed before its work was scheduled. */
    Uni<Void> delete(String id);

    /** Removes every job, as a reset to fixtures does. */
    Uni<Void> clear();
}
