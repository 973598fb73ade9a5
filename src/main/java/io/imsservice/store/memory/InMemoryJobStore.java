package io.imsservice.store.memory;

import io.imsservice.domain.job.Job;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The embedded default job store. Jobs are kept until a reset, so a slow poller always finds its job. */
@ApplicationScoped
public class InMemoryJobStore implements JobStore {
    private final ConcurrentHashMap<String, Job> jobs = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> insert(Job job) {
        return Uni.createFrom().item(() -> {
            jobs.put(job.id(), job.copy());
            return null;
        });
    }

    @Override
    public Uni<Optional<Job>> findById(String id) {
        return Uni.createFrom().item(() -> Optional.ofNullable(jobs.get(id)).map(Job::copy));
    }

    @Override
    public Uni<List<Job>> listByProject(String projectId) {
        return Uni.createFrom().item(() -> jobs.values().stream()
                .filter(job -> job.projectId().equals(projectId))
                .map(Job::copy)
                .toList());
    }

    @Override
    public Uni<Optional<Job>> update(String id, UnaryOperator<Job> change) {
        return Uni.createFrom().item(() -> {
            Job changed = jobs.computeIfPresent(id, (key, current) -> change.apply(current.copy()).copy());
            return Optional.ofNullable(changed).map(Job::copy);
        });
    }

    @Override
    public Uni<Void> delete(String id) {
        return Uni.createFrom().item(() -> {
            jobs.remove(id);
            return null;
        });
    }

    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().item(() -> {
            jobs.clear();
            return null;
        });
    }
}
