package io.imsservice.domain.job;

/** The {@code job_type} values of IMS async jobs. */
public final class JobType {
    public static final String CREATE_IMAGE_BY_INSTANCE = "imsCreateImageByInstance";
    public static final String CROSS_REGION_COPY_IMAGE = "imsCrossRegionCopyImageJob";

    private JobType() {
    }
}
