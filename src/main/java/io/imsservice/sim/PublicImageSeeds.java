package io.imsservice.sim;

import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the fixtures' public images, written as image JSON objects, into stored images. */
final class PublicImageSeeds {
    /** Attributes the renderer computes, so the seed ignores them. */
    private static final Set<String> DERIVED = Set.of("file", "self", "schema", "size", "virtual_size", "checksum");

    private PublicImageSeeds() {
    }

    static Image toImage(Map<String, Object> json) {
        Image image = new Image()
                .id(text(json, "id"))
                .name(text(json, "name"))
                .status(ImageStatus.valueOf(text(json, "status").toUpperCase(Locale.ROOT)))
                .visibility(text(json, "visibility"))
                .protectedImage(Boolean.TRUE.equals(json.get("protected")))
                .owner(text(json, "owner"))
                .containerFormat(text(json, "container_format"))
                .diskFormat(text(json, "disk_format"))
                .minDisk(number(json, "min_disk"))
                .minRam(number(json, "min_ram"))
                .createdAt(Instant.parse(text(json, "created_at")))
                .updatedAt(Instant.parse(text(json, "updated_at")))
                .activeAt(json.get("active_at") == null ? null : Instant.parse(text(json, "active_at")));
        if (json.get("tags") instanceof List<?> tags) {
            for (Object tag : tags) {
                String text = tag.toString();
                int equals = text.indexOf('=');
                image.tags().put(equals < 0 ? text : text.substring(0, equals),
                        equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        for (Map.Entry<String, Object> attribute : json.entrySet()) {
            if (isProperty(attribute.getKey()) && attribute.getValue() != null) {
                image.property(attribute.getKey(), attribute.getValue().toString());
            }
        }
        return image;
    }

    private static boolean isProperty(String key) {
        return !DERIVED.contains(key) && !Set.of("id", "name", "status", "visibility", "protected", "owner",
                "container_format", "disk_format", "min_disk", "min_ram", "created_at", "updated_at", "active_at",
                "tags").contains(key);
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            throw new IllegalStateException("Public image fixture " + json.get("id") + " lacks " + key);
        }
        return value.toString();
    }

    private static int number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof Number number ? number.intValue() : 0;
    }
}
