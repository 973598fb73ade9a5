package io.imsservice.domain.job;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.ImsSettings;
import io.imsservice.domain.job.InFlightLimiter.Permit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flow control of async jobs. Every project may have a limited number of unfinished jobs (IMG.0060), and an
 * operation may cap its own jobs per project further, as cross-region copy does (IMG.0149). A job occupies its
 * slots from submission until its work ends.
 */
@ApplicationScoped
public class JobFlowControl {
    private final ImsSettings settings;
    private final InFlightLimiter runningJobs = new InFlightLimiter();
    private final InFlightLimiter runningJobsByType = new InFlightLimiter();
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();

    public JobFlowControl(ImsSettings settings) {
        this.settings = settings;
    }

    /** Maximum number of unfinished jobs of the project: the configured default, or the simulation API's value. */
    public int maxRunningJobs(String projectId) {
        return overrides.getOrDefault(projectId, settings.flowControl().maxRunningJobsPerProject());
    }

    public void setMaxRunningJobs(String projectId, int limit) {
        overrides.put(projectId, limit);
    }

    /** Takes one of the project's job slots, or fails with IMG.0060 when all are taken. */
    public Permit acquireJobSlot(String projectId) {
        int limit = maxRunningJobs(projectId);
        return runningJobs.tryAcquire(projectId, limit)
                .orElseThrow(() -> ImsError.FLOW_CONTROL_LIMIT_EXCEEDED.exception(
                        "project " + projectId + " has " + limit + " unfinished jobs"));
    }

    /**
     * Takes one of the project's slots for jobs of one type, or fails with the given error when {@code limit} jobs
     * of that type are unfinished.
     */
    public Permit acquireTypeSlot(String projectId, String jobType, int limit, ImsError whenFull) {
        return runningJobsByType.tryAcquire(jobType + "/" + projectId, limit)
                .orElseThrow(() -> whenFull.exception(
                        "project " + projectId + " has " + limit + " unfinished " + jobType + " jobs"));
    }

    /** Drops every slot and limit override, as a reset to fixtures does together with the jobs themselves. */
    public void reset() {
        runningJobs.clear();
        runningJobsByType.clear();
        overrides.clear();
    }
}
