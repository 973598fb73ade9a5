package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.auth.ProjectPathCheck;
import io.imsservice.domain.Caller;
import io.imsservice.domain.job.JobQuery;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Async job queries. */
@Path("/")
@Tag(name = "Jobs", description = "Async job status")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
    private final CurrentCaller currentCaller;
    private final JobQuery jobs;

    public JobResource(CurrentCaller currentCaller, JobQuery jobs) {
        this.currentCaller = currentCaller;
        this.jobs = jobs;
    }

    @GET
    @Path("v1/{project_id}/jobs/{job_id}")
    @Operation(operationId = "ShowJob", summary = "Show an async job")
    public Uni<Map<String, Object>> showJob(@PathParam("project_id") String projectId,
            @PathParam("job_id") String jobId) {
        Caller caller = currentCaller.get();
        ProjectPathCheck.require(caller, projectId);

        return jobs.findJob(caller, jobId)
                .map(job -> JobJson.render(job, Instant.now()));
    }

    @GET
    @Path("v1/cloudimages/job/{job_id}")
    @Operation(operationId = "ShowJobProgress", summary = "Show an async job with its progress")
    public Uni<Map<String, Object>> showJobProgress(@PathParam("job_id") String jobId) {
        Caller caller = currentCaller.get();

        return jobs.findJob(caller, jobId)
                .map(job -> JobJson.render(job, Instant.now()));
    }
}
