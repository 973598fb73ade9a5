package io.imsservice.domain.image.file;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.CreationRules;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageJobs;
import io.imsservice.domain.image.ImageJobs.Effects;
import io.imsservice.domain.image.ImageJobs.NewImage;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.domain.image.ImageRegistration;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.NewImageRequest;
import io.imsservice.domain.job.Job;
import io.imsservice.domain.job.JobType;
import io.imsservice.domain.obs.ImageFileAddress;
import io.imsservice.domain.obs.ImageFileRules;
import io.imsservice.domain.obs.ImageFiles;
import io.imsservice.domain.tag.ImageTag;
import io.imsservice.domain.tag.TagRules;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Images created in two steps, as Glance does: POST /v2/images stores the metadata of a queued image, then
 * PUT /v1/cloudimages/{image_id}/upload imports its file from OBS in an {@code imsNativeImportImageJob}, or
 * PUT /v2/images/{image_id}/file receives the file in the request.
 */
@ApplicationScoped
public class NativeImageImport {
    /** Disk formats the metadata may declare. */
    public static final Set<String> DISK_FORMATS = Set.of("vhd", "zvhd", "zvhd2", "raw", "qcow2");
    public static final String CONTAINER_FORMAT = "bare";
    public static final String PRIVATE = "private";
    private static final String DEFAULT_OS_VERSION = "Other Linux(64 bit)";

    private final CreationRules rules;
    private final FileImageFactory factory;
    private final ImageRegistration registration;
    private final ImageLookup lookup;
    private final ImageStore images;
    private final ImageFiles imageFiles;
    private final ImageJobs imageJobs;

    public NativeImageImport(CreationRules rules, FileImageFactory factory, ImageRegistration registration,
            ImageLookup lookup, ImageStore images, ImageFiles imageFiles, ImageJobs imageJobs) {
        this.rules = rules;
        this.factory = factory;
        this.registration = registration;
        this.lookup = lookup;
        this.images = images;
        this.imageFiles = imageFiles;
        this.imageJobs = imageJobs;
    }

    /**
     * Registers a queued image after checking the metadata in this order.
     * <ul>
     * <li>a name (IMG.0013) and a known OS version (IMG.0056)
     * <li>the bare container format (IMG.0001) and a supported disk format (IMG.0072)
     * <li>disk and memory sizes (IMG.0055) and valid tags (IMG.0115, IMG.0116)
     * <li>private visibility (IMG.0026, sent with status 403 on this Glance path)
     * <li>a free name and quota (IMG.0009, IMG.0015)
     * </ul>
     */
    public Uni<Image> createImageMetadata(Caller caller, GlanceImageMetadata metadata) {
        if (metadata.name() == null || metadata.name().isEmpty()) {
            throw ImsError.IMAGE_NAME_MISSING.exception();
        }
        String osVersion = metadata.osVersion() == null ? DEFAULT_OS_VERSION : metadata.osVersion();
        rules.requireKnownVersion(osVersion);
        if (metadata.containerFormat() != null && !metadata.containerFormat().equals(CONTAINER_FORMAT)) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("container_format " + metadata.containerFormat());
        }
        if (metadata.diskFormat() != null && !DISK_FORMATS.contains(metadata.diskFormat())) {
            throw ImsError.FILE_FORMAT_UNSUPPORTED.exception("disk_format " + metadata.diskFormat());
        }
        if (metadata.minDisk() != null && (metadata.minDisk() < 0
                || metadata.minDisk() > CreationRules.MAX_SYSTEM_DISK_GB)) {
            throw ImsError.MEMORY_OR_DISK_SIZE_INVALID.exception("min_disk " + metadata.minDisk());
        }
        NewImageRequest request = new NewImageRequest(metadata.name(), null, glanceTags(metadata.tags()),
                metadata.minRam(), null, null);
        if (metadata.visibility() != null && !metadata.visibility().equals(PRIVATE)) {
            throw ImsError.OPERATION_NOT_PERMITTED.exception("visibility " + metadata.visibility());
        }

        return registration.register(caller, factory.glanceImage(caller, metadata, osVersion, request));
    }

    /** Turns Glance tags, {@code key=value} or a bare key, into key/value tags. */
    private static Map<String, String> glanceTags(List<String> tags) {
        List<ImageTag> keyValueTags = new ArrayList<>();
        for (String tag : tags) {
            if (tag == null) {
                throw ImsError.IMAGE_TAG_INVALID.exception("null tag");
            }
            int equals = tag.indexOf('=');
            keyValueTags.add(equals < 0
                    ? new ImageTag(tag, "")
                    : new ImageTag(tag.substring(0, equals), tag.substring(equals + 1)));
        }
        return TagRules.validateKeyValueTags(keyValueTags);
    }

    /**
     * Imports the file into the caller's queued image. The image must exist (IMG.0027), be the caller's (IMG.0047)
     * and be queued (IMG.0046), and the file passes the checks of a normal import. The image is saving until the
     * job ends.
     */
    public Uni<Job> uploadFromObs(Caller caller, String imageId, String imageUrl) {
        ImageFileAddress address = ImageFileAddress.parse(imageUrl);

        return requireQueuedOwnImage(caller, imageId)
                .chain(image -> imageFiles.requireImageFile(caller, address, ImageFileRules.IMPORT))
                .chain(file -> imageJobs.inJobSlot(caller, slot -> startSaving(imageId, file)
                        .chain(saving -> imageJobs.submit(slot, JobType.NATIVE_IMPORT_IMAGE,
                                        new NewImage(saving, file.sizeBytes()), Effects.NONE)
                                .onFailure().call(() -> requeue(imageId)))));
    }

    /**
     * Stores a file sent in the request as the image's file: the image is checked as for an upload from OBS, and an
     * empty file fails with IMG.0057. The image is active when this returns.
     */
    public Uni<Image> uploadFile(Caller caller, String imageId, long sizeBytes) {
        return requireQueuedOwnImage(caller, imageId)
                .invoke(image -> {
                    if (sizeBytes == 0) {
                        throw ImsError.IMAGE_FILE_INVALID.exception("empty upload to " + imageId);
                    }
                })
                .chain(image -> images.update(imageId, stored -> {
                    requireQueued(stored);
                    return stored.status(ImageStatus.SAVING)
                            .property(ImageAttributes.ROOT_ORIGIN, FileImageFactory.FILE_ROOT_ORIGIN);
                }))
                .chain(() -> registration.activate(imageId, sizeBytes))
                .invoke(image -> Log.infof("File of %d bytes uploaded into image %s", sizeBytes, imageId));
    }

    private Uni<Image> requireQueuedOwnImage(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> {
                    if (!image.isOwnedBy(caller.projectId())) {
                        throw ImsError.OWNER_ONLY_OPERATION.exception(imageId);
                    }
                    requireQueued(image);
                });
    }

    private static void requireQueued(Image image) {
        if (image.status() != ImageStatus.QUEUED) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(image.id() + " is " + image.status().wireValue());
        }
    }

    /** Puts an image back to queued when its upload job could not be started. */
    private Uni<Void> requeue(String imageId) {
        return images.update(imageId, image -> image.status(ImageStatus.QUEUED)
                        .property(ImageAttributes.DATA_ORIGIN, null)
                        .property(ImageAttributes.ROOT_ORIGIN, null))
                .replaceWithVoid();
    }

    /** Moves the image from queued to saving in one atomic step, so that only one upload can start. */
    private Uni<Image> startSaving(String imageId, StoredObject file) {
        return images.update(imageId, image -> {
            requireQueued(image);
            return image.status(ImageStatus.SAVING)
                    .updatedAt(Instant.now())
                    .property(ImageAttributes.DATA_ORIGIN, "file," + file.address())
                    .property(ImageAttributes.ROOT_ORIGIN, FileImageFactory.FILE_ROOT_ORIGIN);
        })
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }
}
