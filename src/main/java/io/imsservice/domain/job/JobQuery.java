package io.imsservice.domain.job;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads async jobs for their submitter. */
@ApplicationScoped
public class JobQuery {
    private final JobStore jobs;
    private final DependencyFaults faults;

    public JobQuery(JobStore jobs, DependencyFaults faults) {
        this.jobs = jobs;
        this.faults = faults;
    }

    /**
     * Returns the job, or fails with IMG.0031 when no job of the caller's project has that id, and with IMG.0023
     * when the job engine fails to return it.
     */
    public Uni<Job> findJob(Caller caller, String jobId) {
        return faults.check(DependencyOperation.JOB_QUERY, caller.projectId())
                .chain(() -> jobs.findById(jobId))
                .map(found -> found
                        .filter(job -> job.projectId().equals(caller.projectId()))
                        .orElseThrow(() -> ImsError.RESOURCE_ID_INVALID.exception("job " + jobId)));
    }
}
