package io.imsservice.api;

import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders an async job as GET /v1/{project_id}/jobs/{job_id} and the progress query return it. */
public final class JobJson {
    /** Job timestamps have millisecond precision: {@code 2024-11-06T06:19:43.195Z}. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JobJson() {
    }

    public static Map<String, Object> render(Job job, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_id", job.id());
        json.put("job_type", job.type());
        json.put("begin_time", format(job.beginTime()));
        json.put("end_time", format(job.endTime()));
        json.put("status", job.status().name());
        json.put("error_code", job.errorCode());
        json.put("fail_reason", job.failReason());
        Map<String, Object> entities = new LinkedHashMap<>(job.entities());
        entities.put("process_percent", processPercent(job, now));
        json.put("entities", entities);
        return json;
    }

    private static String format(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }

    /** Progress in percent: 100 when the job succeeded, the elapsed share of its planned duration while it runs. */
    static double processPercent(Job job, Instant now) {
        if (job.status() == JobStatus.SUCCESS) {
            return 100.0;
        }
        if (job.status() != JobStatus.RUNNING) {
            return 0.0;
        }
        long planned = Duration.between(job.beginTime(), job.plannedEndTime()).toMillis();
        if (planned <= 0) {
            return 99.0;
        }
        long elapsed = Duration.between(job.beginTime(), now).toMillis();
        return Math.min(99.0, Math.floor(100.0 * elapsed / planned));
    }
}
