package io.imsservice.domain.obs;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.ObjectStoragePort;
import io.imsservice.cloud.ObjectStoragePort.Bucket;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.domain.Caller;
import io.imsservice.domain.fault.DependencyFaults;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Finds the image files that imports read in OBS and checks that IMS can use them. */
@ApplicationScoped
public class ImageFiles {
    private final ObjectStoragePort objectStorage;
    private final DependencyFaults faults;

    public ImageFiles(ObjectStoragePort objectStorage, DependencyFaults faults) {
        this.objectStorage = objectStorage;
        this.faults = faults;
    }

    /**
     * Returns the bucket after checking that IMS can use it for the caller: it exists (IMG.0069), is in the
     * caller's region (IMG.0058), and its policy lets IMS in (IMG.0069). Getting the credentials and endpoint that
     * IMS reads OBS with may fail first (IMG.0036, IMG.0037, IMG.0040).
     */
    public Uni<Bucket> requireUsableBucket(Caller caller, String bucketName) {
        return faults.checkObjectStorageAccess(caller.projectId())
                .chain(() -> objectStorage.findBucket(bucketName))
                .map(found -> requireUsableBucket(caller, bucketName, found));
    }

    private static Bucket requireUsableBucket(Caller caller, String bucketName, Optional<Bucket> found) {
        // NOTE: OBS returns 404 NoSuchBucket for a missing bucket. IMS documents no code for it, so the emulator
        // uses IMG.0069, the code of a bucket that cannot be accessed.
        Bucket bucket = found.orElseThrow(() -> ImsError.BUCKET_NOT_ACCESSIBLE.exception(
                "bucket " + bucketName + " does not exist"));
        if (!bucket.region().equals(caller.region())) {
            throw ImsError.BUCKET_REGION_MISMATCH.exception("bucket " + bucketName + " is in " + bucket.region());
        }
        if (!bucket.accessible()) {
            throw ImsError.BUCKET_NOT_ACCESSIBLE.exception("bucket " + bucketName);
        }
        return bucket;
    }

    /**
     * Returns the image file after checking its bucket and then the file: it exists (IMG.0121), is not empty
     * (IMG.0057), has a format the rules accept ({@link ImageFileRules#formatError}), has its bitmap file when the
     * rules need one for raw files (same error), and is not larger than the rules allow (IMG.0059).
     */
    public Uni<StoredObject> requireImageFile(Caller caller, ImageFileAddress address, ImageFileRules rules) {
        return requireUsableBucket(caller, address.bucket())
                .chain(bucket -> objectStorage.findObject(address.bucket(), address.key()))
                .map(found -> found.orElseThrow(() -> ImsError.OBJECT_NOT_FOUND.exception(address.toString())))
                .call(file -> requireUsableFile(file, rules));
    }

    private Uni<Void> requireUsableFile(StoredObject file, ImageFileRules rules) {
        // IMG.0057 also names a missing file, but IMG.0121 is the one code that means only that, so a missing
        // object gets IMG.0121 and IMG.0057 is left for empty files and files in a wrong format.
        if (file.sizeBytes() == 0) {
            throw ImsError.IMAGE_FILE_INVALID.exception(file.address() + " is empty");
        }
        if (!rules.formats().contains(file.format())) {
            throw rules.formatError().exception(file.address() + " has format " + file.format());
        }
        if (file.sizeBytes() > rules.maxSizeBytes()) {
            throw ImsError.IMAGE_FILE_TOO_LARGE.exception(file.address() + " has " + file.sizeBytes() + " bytes");
        }
        if (!rules.rawNeedsBitmap() || !"raw".equals(file.format())) {
            return Uni.createFrom().voidItem();
        }
        return requireBitmap(file, rules);
    }

    private Uni<Void> requireBitmap(StoredObject file, ImageFileRules rules) {
        if (file.bitmapKey() == null) {
            return Uni.createFrom().failure(rules.formatError().exception(file.address() + " has no bitmap file"));
        }
        return objectStorage.findObject(file.bucket(), file.bitmapKey())
                .map(bitmap -> bitmap.orElseThrow(() -> rules.formatError().exception(
                        "bitmap file " + file.bitmapKey() + " of " + file.address() + " is missing")))
                .replaceWithVoid();
    }
}
