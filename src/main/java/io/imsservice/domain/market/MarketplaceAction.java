package io.imsservice.domain.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A step of the Marketplace publishing flow. The owner publishes and withdraws, and the Marketplace confirms or fails
 * a publication after its review. The real review has no public API, so the emulator lets the owner do it.
 */
public enum MarketplaceAction {
    /** Submit the image for publication: no state, failed or withdrawn to publishing. */
    PUBLISH,
    /** Accept the publication: publishing to published. */
    CONFIRM,
    /** Reject the publication: publishing to failed. */
    FAIL,
    /** Take the image off the Marketplace: published to withdrawn. */
    WITHDRAW;

    /** Returns the lower-case wire value, such as {@code publish}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds the action with this exact wire value; the match is case-sensitive. */
    public static Optional<MarketplaceAction> fromWireValue(String value) {
        return Arrays.stream(values())
                .filter(action -> action.wireValue().equals(value))
                .findFirst();
    }
}
