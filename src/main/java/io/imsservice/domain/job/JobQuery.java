package io.imsservice.domain.job;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads async jobs for their submitter. */
@ApplicationScoped
public class JobQuery {
    private final JobStore jobs;

    public JobQuery(JobStore jobs) {
        this.jobs = jobs;
    }

    /** Returns the job, or fails with IMG.0031 when no job of the caller's project has that id. */
    public Uni<Job> findJob(Caller caller, String jobId) {
        return jobs.findById(jobId)
                .map(found -> found
                        .filter(job -> job.projectId().equals(caller.projectId()))
                        .orElseThrow(() -> ImsError.RESOURCE_ID_INVALID.exception("job " + jobId)));
    }
}
