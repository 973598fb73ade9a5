package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of every call that starts an async job. */
public record JobIdResponse(@JsonProperty("job_id") String jobId) {
}
