package io.imsservice.sim;

import io.imsservice.api.JobJson;
import io.imsservice.domain.job.Job;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lists a project's async jobs, which IMS itself cannot: tests use it to check that a rejected request started no
 * job. The class path is {@code /sim/v1}, as for the other controls, so that no class hides their routes.
 */
@Path("/sim/v1")
@Tag(name = SimulationResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class JobListResource {
    private final JobStore jobs;

    public JobListResource(JobStore jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("jobs")
    @Operation(operationId = "SimListJobs", summary = "List the async jobs of a project, sub-jobs included",
            description = "Jobs are rendered as GET /v1/{project_id}/jobs/{job_id} returns them, oldest first.")
    public Uni<Map<String, Object>> listJobs(@QueryParam("project_id") String projectId) {
        if (projectId == null || projectId.isBlank()) {
            throw SimError.FIELD_INVALID.exception("Query parameter 'project_id' is required");
        }
        return jobs.listByProject(projectId)
                .map(found -> found.stream()
                        .sorted(Comparator.comparing(Job::beginTime))
                        .map(job -> JobJson.render(job, Instant.now()))
                        .toList())
                .map(rendered -> Map.of("jobs", rendered));
    }
}
