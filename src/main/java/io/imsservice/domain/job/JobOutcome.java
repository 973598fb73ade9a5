package io.imsservice.domain.job;

import java.util.Map;

/** What a finished job's work produced: entities to merge into the job on success. */
public record JobOutcome(Map<String, Object> entities) {

    public static JobOutcome of(Map<String, Object> entities) {
        return new JobOutcome(entities);
    }
}
