package io.imsservice.domain.job;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An async IMS job. {@link #entities} contains the job-type specific result fields under their JSON names
 * ({@code image_id}, {@code image_name}, {@code results}, {@code sub_jobs_result} ...).
 *
 * <p>Instances are mutable but never shared: the store hands out copies.
 */
public final class Job {
    private String id;
    private String type;
    private String projectId;
    private JobStatus status = JobStatus.INIT;
    private Instant beginTime;
    private Instant endTime;
    private Instant plannedEndTime;
    private String errorCode;
    private String failReason;
    private final LinkedHashMap<String, Object> entities = new LinkedHashMap<>();

    public Job copy() {
        Job copy = new Job();
        copy.id = id;
        copy.type = type;
        copy.projectId = projectId;
        copy.status = status;
        copy.beginTime = beginTime;
        copy.endTime = endTime;
        copy.plannedEndTime = plannedEndTime;
        copy.errorCode = errorCode;
        copy.failReason = failReason;
        copy.entities.putAll(entities);
        return copy;
    }

    public String id() {
        return id;
    }

    public Job id(String value) {
        id = value;
        return this;
    }

    public String type() {
        return type;
    }

    public Job type(String value) {
        type = value;
        return this;
    }

    /** Project that submitted the job; only that project may read it. */
    public String projectId() {
        return projectId;
    }

    public Job projectId(String value) {
        projectId = value;
        return this;
    }

    public JobStatus status() {
        return status;
    }

    public Job status(JobStatus value) {
        status = value;
        return this;
    }

    public Instant beginTime() {
        return beginTime;
    }

    public Job beginTime(Instant value) {
        beginTime = value;
        return this;
    }

    public Instant endTime() {
        return endTime;
    }

    public Job endTime(Instant value) {
        endTime = value;
        return this;
    }

    /** When the job is due to finish, which drives {@code process_percent} while it runs. */
    public Instant plannedEndTime() {
        return plannedEndTime;
    }

    public Job plannedEndTime(Instant value) {
        plannedEndTime = value;
        return this;
    }

    public String errorCode() {
        return errorCode;
    }

    public Job errorCode(String value) {
        errorCode = value;
        return this;
    }

    public String failReason() {
        return failReason;
    }

    public Job failReason(String value) {
        failReason = value;
        return this;
    }

    public Map<String, Object> entities() {
        return entities;
    }
}
