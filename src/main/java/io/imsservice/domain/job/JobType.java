package io.imsservice.domain.job;

/** The {@code job_type} values of IMS async jobs. */
public final class JobType {
    public static final String CREATE_IMAGE_BY_INSTANCE = "imsCreateImageByInstance";
    public static final String CROSS_REGION_COPY_IMAGE = "imsCrossRegionCopyImageJob";
    /** Data-disk images of an ECS's data disks; one {@link #COPY_VOLUME_TO_IMAGE} sub-job per disk. */
    public static final String CREATE_DATA_IMAGES_BY_VOLUMES = "imsVolumesToSysDataImagesJob";
    public static final String COPY_VOLUME_TO_IMAGE = "imsCopyVolumeToImageJob";
    /** A system-disk image of a data disk. */
    public static final String CREATE_IMAGE_BY_VOLUME = "imsVolumeCreateImageJob";
    /** A system-disk image of an OBS file, by normal or quick import. */
    public static final String IMPORT_IMAGE = "imsImportImageJob";
    /** A data-disk image of an OBS file. */
    public static final String IMPORT_DATA_IMAGE = "imsImportDataImageJob";
    public static final String CREATE_WHOLE_IMAGE_BY_INSTANCE = "imsCreateWholeImageByInstanceJob";
    public static final String CREATE_WHOLE_IMAGE_BY_BACKUP = "imsCreateWholeImageByBackupJob";
    /** The upload of a file into an image registered with Glance metadata. */
    public static final String NATIVE_IMPORT_IMAGE = "imsNativeImportImageJob";
    /** The export of an image to a file in OBS. */
    public static final String EXPORT_IMAGE = "imsNativeExportImageJob";
    /** A copy of an image into a new private image of the same project. */
    public static final String COPY_IMAGE_IN_REGION = "imsCopyImageInRegionJob";
    public static final String ADD_IMAGE_MEMBERS = "imsAddImageMembersJob";
    public static final String UPDATE_IMAGE_MEMBERS = "imsUpdateImageMembersJob";
    public static final String DELETE_IMAGE_MEMBERS = "imsDelImageMembersJob";

    private JobType() {
    }
}
