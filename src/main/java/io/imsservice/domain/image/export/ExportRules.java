package io.imsservice.domain.image.export;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.VirtualEnvType;

/** The rules on the image of an export that the image alone decides, after its owner was checked. */
final class ExportRules {
    private static final long GIB = 1024L * 1024L * 1024L;
    /**
     * Maximum image size of a normal export in bytes. A larger image needs a quick export.
     *
     * <p>NOTE: IMS gives the limit as 128 GB without saying whether it means GiB; the emulator reads it as GiB and
     * accepts an image of exactly that size.
     */
    static final long NORMAL_EXPORT_MAX_BYTES = 128 * GIB;
    /** Size in bytes that every exported image must stay below, quick export included: 1 TB, read as TiB. */
    static final long EXPORT_SIZE_LIMIT_BYTES = 1024 * GIB;

    private ExportRules() {
    }

    /**
     * Checks the image in this order: it is active (IMG.0046) and not being exported (IMG.0148). It is not a
     * full-ECS image (IMG.0128), not a Marketplace image or made from one (IMG.0078), and not made from a charged
     * image (IMG.0079) or a backup (IMG.0080). It is no ISO image (IMG.0081), and its size fits the export (IMG.0071).
     */
    static void requireExportable(Image image, boolean quick) {
        if (image.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(image.id() + " is " + image.status().wireValue());
        }
        if (image.isExporting()) {
            throw ImsError.IMAGE_BEING_EXPORTED.exception(image.id());
        }
        if (Boolean.parseBoolean(image.property(ImageAttributes.WHOLE_IMAGE))) {
            throw ImsError.EXPORT_WHOLE_IMAGE_REJECTED.exception(image.id());
        }
        // A private image made from a Marketplace image keeps that image's product code, so a product code marks
        // both the Marketplace image and its descendants.
        if (image.isMarket() || isSet(image.property(ImageAttributes.PRODUCT_CODE))) {
            throw ImsError.EXPORT_MARKETPLACE_IMAGE_REJECTED.exception(image.id());
        }
        if (isSet(image.property(ImageAttributes.ACCOUNT_CODE))) {
            throw ImsError.EXPORT_CHARGED_IMAGE_REJECTED.exception(image.id());
        }
        if (isSet(image.property(ImageAttributes.BACKUP_ID))) {
            throw ImsError.EXPORT_BACKUP_IMAGE_REJECTED.exception(image.id());
        }
        // An ISO image keeps the ISO file it was made from and has no disk to convert. IMG.0081 is the export code
        // whose message names an image made from an image file; images imported from disk files export normally.
        if (VirtualEnvType.ISO_IMAGE.wireValue().equals(image.property(ImageAttributes.VIRTUAL_ENV_TYPE))) {
            throw ImsError.EXPORT_FILE_IMAGE_REJECTED.exception(image.id());
        }
        requireExportableSize(image, quick);
    }

    /**
     * Checks the size with IMG.0071, the generic export code, because the documented table has no code of its own
     * for an image that is too large.
     */
    private static void requireExportableSize(Image image, boolean quick) {
        long sizeBytes = sizeBytes(image);
        if (sizeBytes >= EXPORT_SIZE_LIMIT_BYTES) {
            throw ImsError.IMAGE_NOT_EXPORTABLE.exception(sizeBytes + " bytes is 1 TiB or more");
        }
        if (!quick && sizeBytes > NORMAL_EXPORT_MAX_BYTES) {
            throw ImsError.IMAGE_NOT_EXPORTABLE.exception(sizeBytes + " bytes needs a quick export");
        }
    }

    /** Returns the image size in bytes: {@code __image_size}, or the minimum disk size when that is not set. */
    static long sizeBytes(Image image) {
        try {
            long size = Long.parseLong(image.property(ImageAttributes.IMAGE_SIZE));
            if (size > 0) {
                return size;
            }
        } catch (NumberFormatException notNumber) {
            // A missing or malformed size falls through to the minimum disk size.
        }
        return image.minDisk() * GIB;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
