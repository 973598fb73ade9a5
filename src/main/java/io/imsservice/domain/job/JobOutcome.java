package io.imsservice.domain.job;

import java.util.Map;

/** Result of a finished job's work: the entities to merge into the job on success. */
public record JobOutcome(Map<String, Object> entities) {

    public static JobOutcome of(Map<String, Object> entities) {
        return new JobOutcome(entities);
    }
}
