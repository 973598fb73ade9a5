package io.imsservice.domain.share;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.BackupPort;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageStatus;

/** Rules on the images a project may share and on the projects it may share them with. */
public final class SharingRules {
    private SharingRules() {
    }

    /**
     * Rejects an image that the caller may not share, checking in this order: Marketplace image (IMG.0107), public
     * image (IMG.0089), not the owner ({@code notOwner}), encrypted (IMG.0098), full-ECS image not created from a
     * CBR backup (IMG.0135), and not active (IMG.0046).
     */
    public static void requireShareable(Caller caller, Image image, ImsError notOwner) {
        if (image.isMarket()) {
            throw ImsError.SHARE_MARKETPLACE_IMAGE_REJECTED.exception(image.id());
        }
        if (image.isPublic()) {
            throw ImsError.SHARE_PUBLIC_OR_MARKETPLACE_REJECTED.exception(image.id());
        }
        requireOwner(caller, image, notOwner);
        // NOTE: IMS rejects only images encrypted with the default KMS key; without a KMS model every encrypted
        // image counts as such.
        if (isEncrypted(image)) {
            throw ImsError.ENCRYPTED_IMAGE_SHARE_OR_PUBLISH_REJECTED.exception(image.id());
        }
        if (image.isWholeImage() && !isCbrWholeImage(image)) {
            throw ImsError.SHARE_WHOLE_IMAGE_REJECTED.exception(image.id());
        }
        if (image.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(image.id() + " is " + image.status().wireValue());
        }
    }

    /** Rejects a caller that does not own the image with {@code notOwner}. */
    public static void requireOwner(Caller caller, Image image, ImsError notOwner) {
        if (!image.isOwnedBy(caller.projectId())) {
            throw notOwner.exception("image " + image.id() + " belongs to project " + image.owner());
        }
    }

    /** Rejects the caller's own project among the projects to share with (IMG.0076). */
    public static void requireNotSelf(Caller caller, Iterable<String> projectIds) {
        for (String projectId : projectIds) {
            if (projectId.equals(caller.projectId())) {
                throw ImsError.SHARE_WITH_SELF.exception(projectId);
            }
        }
    }

    /** Returns whether the image is a full-ECS image created from a CBR backup, the only kind IMS shares. */
    public static boolean isCbrWholeImage(Image image) {
        return image.isWholeImage() && BackupPort.CBR.equals(image.wholeImageType());
    }

    public static boolean isEncrypted(Image image) {
        String keyId = image.property(ImageAttributes.SYSTEM_CMK_ID);
        return keyId != null && !keyId.isEmpty();
    }
}
