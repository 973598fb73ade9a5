package io.imsservice.domain.market;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageStatus;
import io.imsservice.domain.image.MarketplaceState;

/**
 * The rules of each Marketplace action, checked in the order listed on each method; the first broken rule decides
 * the error. The catalog has separate codes for two steps: publishing an image (IMG.0131 for a full-ECS image) and
 * setting it as a Marketplace image, which confirming does (IMG.0129).
 */
final class MarketplaceRules {

    private MarketplaceRules() {
    }

    /**
     * Checks a publish request: a public image (IMG.0082); another tenant's Marketplace image (IMG.0043); an image
     * the caller does not own (IMG.0106); not active (IMG.0046); already publishing or published (IMG.0049);
     * carrying the product code of another tenant's Marketplace image it was made from (IMG.0043); encrypted
     * (IMG.0098); full-ECS (IMG.0131); then the rules of {@link #requireSettableAsMarketImage}.
     */
    static void requirePublishable(Caller caller, Image image) {
        boolean owned = image.isOwnedBy(caller.projectId());
        if (image.isPublic()) {
            throw ImsError.MARKETPLACE_PUBLISH_REJECTED.exception("public image " + image.id());
        }
        if (image.isMarket() && !owned) {
            throw ImsError.MARKETPLACE_PUBLISHED_BY_OTHERS.exception("Marketplace image of " + image.owner());
        }
        if (!owned) {
            throw ImsError.IMAGE_OWNED_BY_OTHER_TENANT.exception(image.id() + " belongs to " + image.owner());
        }
        if (image.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(image.status().wireValue());
        }
        if (image.inMarketplaceFlow()) {
            throw ImsError.MARKETPLACE_ALREADY_PUBLISHED.exception(image.marketplaceState().wireValue());
        }
        if (hasValue(image, ImageAttributes.PRODUCT_CODE)) {
            throw ImsError.MARKETPLACE_PUBLISHED_BY_OTHERS.exception("image carries product code "
                    + image.property(ImageAttributes.PRODUCT_CODE));
        }
        if (hasValue(image, ImageAttributes.SYSTEM_CMK_ID)) {
            throw ImsError.ENCRYPTED_IMAGE_SHARE_OR_PUBLISH_REJECTED.exception(image.id());
        }
        if (image.isWholeImage()) {
            throw ImsError.WHOLE_IMAGE_PUBLISH_REJECTED.exception(image.id());
        }
        requireSettableAsMarketImage(image);
    }

    /**
     * Checks a confirmation: an image the caller does not own (IMG.0047); not being published (IMG.0044);
     * full-ECS (IMG.0129); then the rules of {@link #requireSettableAsMarketImage}, which are checked again because
     * the image may have changed, such as been shared, during the review.
     */
    static void requireConfirmable(Caller caller, Image image) {
        requireOwner(caller, image, ImsError.OWNER_ONLY_OPERATION);
        if (image.marketplaceState() != MarketplaceState.PUBLISHING) {
            throw ImsError.NOT_IMAGE_BEING_PUBLISHED.exception(describeState(image));
        }
        if (image.isWholeImage()) {
            throw ImsError.MARKETPLACE_WHOLE_IMAGE_REJECTED.exception(image.id());
        }
        requireSettableAsMarketImage(image);
    }

    /** Checks a failure report: an image the caller does not own (IMG.0047); not being published (IMG.0050). */
    static void requireFailable(Caller caller, Image image) {
        requireOwner(caller, image, ImsError.OWNER_ONLY_OPERATION);
        if (image.marketplaceState() != MarketplaceState.PUBLISHING) {
            throw ImsError.MARKETPLACE_FAILURE_NOT_SETTABLE.exception(describeState(image));
        }
    }

    /** Checks a withdrawal: an image of another tenant (IMG.0106); not published (IMG.0042). */
    static void requireWithdrawable(Caller caller, Image image) {
        requireOwner(caller, image, ImsError.IMAGE_OWNED_BY_OTHER_TENANT);
        if (image.marketplaceState() != MarketplaceState.PUBLISHED) {
            throw ImsError.NOT_MARKETPLACE_IMAGE.exception(describeState(image));
        }
    }

    /** Checks what no Marketplace image is: from a backup (IMG.0051), a data disk (IMG.0124), shared (IMG.0052). */
    private static void requireSettableAsMarketImage(Image image) {
        if (hasValue(image, ImageAttributes.BACKUP_ID)) {
            throw ImsError.MARKETPLACE_BACKUP_IMAGE_REJECTED.exception(image.property(ImageAttributes.BACKUP_ID));
        }
        if ("DataImage".equals(image.property(ImageAttributes.VIRTUAL_ENV_TYPE))) {
            throw ImsError.MARKETPLACE_DATA_IMAGE_REJECTED.exception(image.id());
        }
        if ("shared".equals(image.imageType()) || "shared".equals(image.visibility())) {
            throw ImsError.MARKETPLACE_SHARED_IMAGE_REJECTED.exception(image.id());
        }
    }

    private static void requireOwner(Caller caller, Image image, ImsError error) {
        if (!image.isOwnedBy(caller.projectId())) {
            throw error.exception(image.id() + " belongs to " + image.owner());
        }
    }

    private static boolean hasValue(Image image, String attribute) {
        String value = image.property(attribute);
        return value != null && !value.isEmpty();
    }

    private static String describeState(Image image) {
        return image.marketplaceState() == null ? "never published" : image.marketplaceState().wireValue();
    }
}
