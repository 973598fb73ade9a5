package io.imsservice.domain.image.export;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.ObjectStoragePort;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.domain.Caller;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageOwnership;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobOutcome;
import io.imsservice.domain.job.JobRunner;
import io.imsservice.domain.job.JobType;
import io.imsservice.domain.obs.ImageFiles;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Exports a private image to a file in an OBS bucket: POST /v1/cloudimages/{image_id}/file. The image is marked as
 * being exported from the request until its {@code imsNativeExportImageJob} ends, and the job writes the file.
 */
@ApplicationScoped
public class ImageExport {
    private final ImageOwnership ownership;
    private final ImageStore images;
    private final ImageFiles imageFiles;
    private final ObjectStoragePort objectStorage;
    private final JobRunner jobRunner;
    private final DependencyFaults faults;

    public ImageExport(ImageOwnership ownership, ImageStore images, ImageFiles imageFiles,
            ObjectStoragePort objectStorage, JobRunner jobRunner, DependencyFaults faults) {
        this.ownership = ownership;
        this.images = images;
        this.imageFiles = imageFiles;
        this.objectStorage = objectStorage;
        this.jobRunner = jobRunner;
        this.faults = faults;
    }

    /**
     * Checks the file address and format, the image and the bucket, marks the image as being exported and starts
     * the export job. Every check runs before the mark, so a rejected request changes nothing.
     */
    public Uni<Job> exportImage(Caller caller, String imageId, ExportRequest request) {
        ExportTarget target = ExportTarget.of(request);

        return ownership.findImage(caller, imageId)
                .invoke(image -> requireExportable(caller, image, target))
                .call(image -> requireFreeTarget(caller, target))
                .chain(image -> markExporting(image.id()))
                .chain(image -> startExportJob(caller, image, target)
                        .onFailure().call(() -> clearExporting(image.id())));
    }

    /** Checks that the image is not public (IMG.0077), that the caller owns it, and the rules of the image. */
    private void requireExportable(Caller caller, Image image, ExportTarget target) {
        if (image.isPublic()) {
            throw ImsError.EXPORT_PUBLIC_IMAGE_REJECTED.exception(image.id());
        }
        ownership.requireOwner(caller, image);
        ExportRules.requireExportable(image, target.quick());
    }

    /**
     * Checks that IMS can write to the bucket (IMG.0069, IMG.0058) and that the bucket has no file with the key yet
     * (IMG.0070).
     */
    private Uni<Void> requireFreeTarget(Caller caller, ExportTarget target) {
        return imageFiles.requireUsableBucket(caller, target.bucket())
                .chain(bucket -> objectStorage.findObject(target.bucket(), target.key()))
                .invoke(found -> {
                    if (found.isPresent()) {
                        throw ImsError.EXPORT_FILE_EXISTS.exception(target.address());
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Marks the image as being exported, checking again in the same atomic step that it is active (IMG.0046) and
     * not being exported (IMG.0148), so that of two concurrent exports exactly one starts.
     */
    private Uni<Image> markExporting(String imageId) {
        return images.update(imageId, image -> {
            if (image.status() != ImageStatus.ACTIVE) {
                throw ImsError.IMAGE_UNAVAILABLE.exception(imageId + " is " + image.status().wireValue());
            }
            if (image.isExporting()) {
                throw ImsError.IMAGE_BEING_EXPORTED.exception(imageId);
            }
            return image.exporting(true);
        })
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }

    /**
     * Runs the steps before the transfer in which the export job can fail. IMS converts the image in a bucket of its
     * own service account, the shadow account (IMG.0053). It creates that bucket (IMG.0038) and then grants the
     * account write access to the user's bucket (IMG.0039).
     */
    private Uni<Void> prepareTransfer(String projectId) {
        return faults.check(DependencyOperation.SHADOW_ACCOUNT_DOMAIN, projectId)
                .chain(() -> faults.check(DependencyOperation.BUCKET_CREATION, projectId))
                .chain(() -> faults.check(DependencyOperation.BUCKET_GRANT, projectId));
    }

    private Uni<Void> clearExporting(String imageId) {
        return images.update(imageId, image -> image.exporting(false))
                .replaceWithVoid();
    }

    private Uni<Job> startExportJob(Caller caller, Image image, ExportTarget target) {
        return jobRunner.submit(caller.projectId(), JobType.EXPORT_IMAGE, Map.of("image_id", image.id()),
                        () -> writeFile(caller, image, target),
                        failure -> clearExporting(image.id()))
                .invoke(job -> Log.infof("Export job %s writes image %s to %s as %s", job.id(), image.id(),
                        target.address(), target.format()));
    }

    /**
     * Writes the file when the job ends. The bucket is checked again because it may have changed while the job ran,
     * and a file that appeared under the key meanwhile fails the job with IMG.0070 rather than being overwritten.
     */
    private Uni<JobOutcome> writeFile(Caller caller, Image image, ExportTarget target) {
        StoredObject file = new StoredObject(target.bucket(), target.key(), ExportRules.sizeBytes(image),
                target.format(), null);
        return prepareTransfer(image.owner())
                .chain(() -> requireFreeTarget(caller, target))
                .chain(() -> objectStorage.putObject(file))
                .invoke(written -> Log.infof("Image %s exported to %s (%d bytes, %s)", image.id(), written.address(),
                        written.sizeBytes(), written.format()))
                .call(written -> clearExporting(image.id()))
                .map(written -> JobOutcome.of(Map.of("image_id", image.id())));
    }
}
