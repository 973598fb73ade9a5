package io.imsservice.api;

import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an image as the IMS image object: Glance core attributes with their JSON types, then every extension
 * attribute as a string, except the few that IMS returns as booleans.
 */
public final class ImageJson {
    /** Image timestamps have second precision and a Z suffix: {@code 2018-09-06T14:03:27Z}. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private ImageJson() {
    }

    public static String timestamp(Instant instant) {
        return instant == null ? null : TIMESTAMP.format(instant);
    }

    public static Map<String, Object> render(Image image) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", image.id());
        json.put("name", image.name());
        json.put("status", image.status().wireValue());
        json.put("visibility", image.visibility());
        json.put("protected", image.isProtected());
        json.put("owner", image.owner());
        json.put("tags", tags(image));
        json.put("container_format", image.containerFormat());
        json.put("disk_format", image.diskFormat());
        json.put("min_disk", image.minDisk());
        json.put("min_ram", image.minRam());
        json.put("size", 0L);
        json.put("virtual_size", null);
        json.put("checksum", "d41d8cd98f00b204e9800998ecf8427e");
        json.put("file", "/v2/images/" + image.id() + "/file");
        json.put("self", "/v2/images/" + image.id());
        json.put("schema", "/v2/schemas/image");
        json.put("created_at", timestamp(image.createdAt()));
        json.put("updated_at", timestamp(image.updatedAt()));
        if (image.activeAt() != null) {
            json.put("active_at", timestamp(image.activeAt()));
        }
        image.properties().forEach((key, value) -> json.put(key, property(key, value)));
        return json;
    }

    /** Tags as IMS lists them in the image object: {@code key=value}, or the bare key for a key-only tag. */
    private static List<String> tags(Image image) {
        List<String> tags = new ArrayList<>();
        image.tags().forEach((key, value) -> tags.add(value.isEmpty() ? key : key + "=" + value));
        return tags;
    }

    private static Object property(String key, String value) {
        if (ImageAttributes.BOOLEAN_PROPERTIES.contains(key)) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }
}
