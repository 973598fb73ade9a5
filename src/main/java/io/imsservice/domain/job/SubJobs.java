package io.imsservice.domain.job;

import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.catalog.ImsError;
import io.imsservice.catalog.ImsException;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sub-jobs of a job that creates several images, one per image. They are stored jobs of their own, so GET
 * /v1/{project_id}/jobs/{job_id} finds them, and the parent job lists them in {@code sub_jobs_list} and, when it
 * ends, in {@code sub_jobs_result}.
 */
@ApplicationScoped
public class SubJobs {
    /** Sub-job timestamps in {@code sub_jobs_result} have the millisecond precision of job timestamps. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final JobStore jobs;
    private final ErrorCatalog catalog;

    public SubJobs(JobStore jobs, ErrorCatalog catalog) {
        this.jobs = jobs;
        this.catalog = catalog;
    }

    /** Stores a RUNNING sub-job that will create the named image, and returns it. */
    public Uni<Job> start(String projectId, String type, String imageName) {
        Instant now = Instant.now();
        Job job = new Job()
                .id(JobRunner.newJobId())
                .type(type)
                .projectId(projectId)
                .status(JobStatus.RUNNING)
                .beginTime(now)
                .plannedEndTime(now);
        job.entities().put("image_name", imageName);
        return jobs.insert(job)
                .replaceWith(job);
    }

    /** Ends the sub-job in SUCCESS with the image it created. */
    public Uni<Job> succeed(String jobId, String imageId) {
        return jobs.update(jobId, job -> {
            job.entities().put("image_id", imageId);
            return job.status(JobStatus.SUCCESS).endTime(Instant.now());
        })
                .map(updated -> updated.orElseThrow(() -> new IllegalStateException("sub-job " + jobId + " is gone")));
    }

    /** Ends the sub-job in FAIL with the catalog code and message of the failure, as its parent job ends. */
    public Uni<Void> fail(String jobId, Throwable failure) {
        ImsError error = failure instanceof ImsException ims ? ims.error() : ImsError.UNKNOWN_SYSTEM_ERROR;
        return jobs.update(jobId, job -> job.status().finished()
                        ? job
                        : job.status(JobStatus.FAIL)
                                .endTime(Instant.now())
                                .errorCode(error.code())
                                .failReason(catalog.entry(error).message()))
                .replaceWithVoid();
    }

    /** Fails every sub-job that has not ended yet. */
    public Uni<Void> failAll(List<String> jobIds, Throwable failure) {
        if (jobIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(jobIds.stream().map(jobId -> fail(jobId, failure)).toList())
                .andCollectFailures()
                .replaceWithVoid();
    }

    /** Removes sub-jobs whose parent job could not be submitted, so that the rejected request leaves none behind. */
    public Uni<Void> discardAll(List<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(jobIds.stream().map(jobs::delete).toList())
                .andCollectFailures()
                .replaceWithVoid();
    }

    /** Renders a sub-job as an entry of {@code sub_jobs_result}. */
    public static Map<String, Object> result(Job job) {
        Map<String, Object> entities = new LinkedHashMap<>();
        entities.put("image_id", job.entities().get("image_id"));
        entities.put("image_name", job.entities().get("image_name"));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", job.status().name());
        result.put("job_id", job.id());
        result.put("job_type", job.type());
        result.put("begin_time", format(job.beginTime()));
        result.put("end_time", format(job.endTime()));
        result.put("error_code", job.errorCode());
        result.put("fail_reason", job.failReason());
        result.put("entities", entities);
        return result;
    }

    private static String format(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }
}
