package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** OBS buckets and objects: the image files that imports read and that exports write. */
public interface ObjectStoragePort {

    /**
     * A bucket.
     *
     * @param region region the bucket lives in; IMS imports only from buckets of its own region
     * @param accessible whether the bucket policy lets IMS read and write it
     */
    record Bucket(String name, String region, boolean accessible) {
    }

    /**
     * An object in a bucket.
     *
     * @param sizeBytes size of the object in bytes; 0 for an empty file
     * @param format image file format: {@code qcow2}, {@code vhd}, {@code vhdx}, {@code vmdk}, {@code raw},
     *     {@code zvhd}, {@code zvhd2}, {@code qed}, {@code vdi}, {@code qcow}, {@code iso}, or {@code other} for a
     *     file that is no disk image
     * @param bitmapKey key of the bitmap file uploaded next to a raw file for quick import, or {@code null}
     */
    record StoredObject(String bucket, String key, long sizeBytes, String format, String bitmapKey) {

        /** Returns the object address in the form IMS requests use: {@code bucket:key}. */
        public String address() {
            return bucket + ":" + key;
        }
    }

    Uni<Optional<Bucket>> findBucket(String bucketName);

    Uni<Optional<StoredObject>> findObject(String bucketName, String key);

    /**
     * Writes the object into its bucket, replacing an object with the same key.
     *
     * @return a Uni that fails with {@link IllegalArgumentException} when the bucket does not exist
     */
    Uni<StoredObject> putObject(StoredObject object);
}
