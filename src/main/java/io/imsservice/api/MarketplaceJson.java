package io.imsservice.api;

import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the Marketplace state of an image: {@code {"image_id", "status", "product_code", "image_type"}}, where
 * {@code status} is null for an image that never entered the publishing flow.
 */
public final class MarketplaceJson {

    private MarketplaceJson() {
    }

    public static Map<String, Object> render(Image image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("image_id", image.id());
        json.put("status", image.marketplaceState() == null ? null : image.marketplaceState().wireValue());
        json.put("product_code", image.property(ImageAttributes.PRODUCT_CODE) == null
                ? ""
                : image.property(ImageAttributes.PRODUCT_CODE));
        json.put("image_type", image.imageType());
        return json;
    }
}
