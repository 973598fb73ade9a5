package io.imsservice.domain.job;

/** Async job status, in the order a job passes through them. */
public enum JobStatus {
    INIT,
    RUNNING,
    SUCCESS,
    FAIL;

    public boolean finished() {
        return this == SUCCESS || this == FAIL;
    }
}
