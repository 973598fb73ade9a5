package io.imsservice.domain.market;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.domain.image.MarketplaceState;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves private images through the Marketplace publishing flow, which the real IMS runs internally without a public
 * API: publish (publishing, with a new product code), then confirm (published: {@code __imagetype} {@code market},
 * protected) or fail (failed), and withdraw a published image (withdrawn: private again, unprotected).
 */
@ApplicationScoped
public class MarketplacePublishing {
    private final ImageLookup lookup;
    private final ImageStore images;
    private final DependencyFaults faults;

    public MarketplacePublishing(ImageLookup lookup, ImageStore images, DependencyFaults faults) {
        this.lookup = lookup;
        this.images = images;
        this.faults = faults;
    }

    /**
     * Applies the action to the image and returns the updated image. The rules of {@link MarketplaceRules} are
     * checked on the image as found, and again inside the atomic update, so two requests racing on one image
     * cannot both pass. Publishing generates the product code, which may fail with IMG.0045.
     */
    public Uni<Image> apply(Caller caller, String imageId, MarketplaceAction action) {
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> checkRules(caller, image, action))
                .call(image -> generatingProductCode(caller, action))
                .chain(image -> images.update(image.id(), stored -> change(caller, stored, action)))
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)))
                .invoke(updated -> Log.infof("Image %s is %s in the Marketplace after %s by project %s", imageId,
                        updated.marketplaceState().wireValue(), action.wireValue(), caller.projectId()));
    }

    /** Returns the image, for reading its Marketplace state. */
    public Uni<Image> findImage(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId);
    }

    /**
     * Derives the product code from the image id, so that a test run replays exactly: 32 lower-case hex digits
     * of a name-based UUID.
     */
    static String productCode(String imageId) {
        UUID uuid = UUID.nameUUIDFromBytes(("marketplace:" + imageId).getBytes(StandardCharsets.UTF_8));
        return uuid.toString().replace("-", "");
    }

    private Uni<Void> generatingProductCode(Caller caller, MarketplaceAction action) {
        if (action != MarketplaceAction.PUBLISH) {
            return Uni.createFrom().voidItem();
        }
        return faults.check(DependencyOperation.PRODUCT_CODE_GENERATION, caller.projectId());
    }

    private static void checkRules(Caller caller, Image image, MarketplaceAction action) {
        switch (action) {
            case PUBLISH -> MarketplaceRules.requirePublishable(caller, image);
            case CONFIRM -> MarketplaceRules.requireConfirmable(caller, image);
            case FAIL -> MarketplaceRules.requireFailable(caller, image);
            case WITHDRAW -> MarketplaceRules.requireWithdrawable(caller, image);
        }
    }

    private static Image change(Caller caller, Image image, MarketplaceAction action) {
        checkRules(caller, image, action);
        switch (action) {
            case PUBLISH -> image.marketplaceState(MarketplaceState.PUBLISHING)
                    .property(ImageAttributes.PRODUCT_CODE, productCode(image.id()));
            case CONFIRM -> image.marketplaceState(MarketplaceState.PUBLISHED)
                    .protectedImage(true)
                    .property(ImageAttributes.IMAGE_TYPE, "market");
            case FAIL -> image.marketplaceState(MarketplaceState.FAILED)
                    .property(ImageAttributes.PRODUCT_CODE, "");
            case WITHDRAW -> image.marketplaceState(MarketplaceState.WITHDRAWN)
                    .protectedImage(false)
                    .property(ImageAttributes.IMAGE_TYPE, "private")
                    .property(ImageAttributes.PRODUCT_CODE, "");
        }
        return image.updatedAt(Instant.now());
    }
}
