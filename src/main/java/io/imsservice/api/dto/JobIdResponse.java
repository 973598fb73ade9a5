package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Response of every call that starts an async job. */
@RegisterForReflection
public record JobIdResponse(@JsonProperty("job_id") String jobId) {
}
