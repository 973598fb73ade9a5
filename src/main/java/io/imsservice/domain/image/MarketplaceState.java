package io.imsservice.domain.image;

import java.util.Locale;

/**
 * State of a private image in the Marketplace publishing flow. IMS keeps it internally and returns it in no image
 * attribute. An image that never entered the flow has no state.
 */
public enum MarketplaceState {
    /** The owner asked to publish the image and the Marketplace has not decided yet. */
    PUBLISHING,
    /** The Marketplace lists the image, whose {@code __imagetype} is {@code market}. */
    PUBLISHED,
    /** The Marketplace rejected the image. */
    FAILED,
    /** The owner took the image off the Marketplace. */
    WITHDRAWN;

    /** Returns the lower-case wire value, such as {@code publishing}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether the Marketplace controls the image, which blocks its deletion until it is withdrawn. */
    public boolean inFlow() {
        return this == PUBLISHING || this == PUBLISHED;
    }
}
