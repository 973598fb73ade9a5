package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds the image predicate of a list request from its query parameters. A malformed parameter fails with
 * IMG.0017 (URL condition format), an unknown {@code __imagetype} with IMG.0024, an unknown {@code __os_type} with
 * IMG.0056, and {@code __isregistered=false} with IMG.0025; unknown parameters are ignored.
 */
public final class ImageFilters {
    /** Filters that compare an extension attribute with the parameter as an exact string. */
    private static final Set<String> EXACT_PROPERTY_FILTERS = Set.of(
            "__platform", "__os_bit", "__os_version", "virtual_env_type",
            "__whole_image", "__system__cmkid", "__support_kvm", "__support_xen", "__support_largememory",
            "__support_diskintensive", "__support_highperformance", "__support_xen_hana", "__support_kvm_infiniband",
            "__support_xen_gpu_type", "__support_kvm_gpu_type", "hw_firmware_type", "__productcode");
    private static final Set<String> IMAGE_TYPES = Set.of("gold", "private", "shared", "market");
    private static final Set<String> VISIBILITIES = Set.of("public", "private", "shared");
    private static final Set<String> STATUSES = Set.of("queued", "saving", "active", "killed", "deleted");
    private static final Set<String> OS_TYPES = Set.of("Linux", "Windows", "Other");
    private static final DateTimeFormatter SPACED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ImageFilters() {
    }

    public static Predicate<Image> build(ImageQuery query) {
        List<Predicate<Image>> filters = new ArrayList<>();
        for (Map.Entry<String, String> parameter : query.parameters().entrySet()) {
            Predicate<Image> filter = filterFor(parameter.getKey(), parameter.getValue());
            if (filter != null) {
                filters.add(filter);
            }
        }
        return image -> filters.stream().allMatch(filter -> filter.test(image));
    }

    private static Predicate<Image> filterFor(String name, String value) {
        if (EXACT_PROPERTY_FILTERS.contains(name)) {
            return image -> value.equals(image.property(name));
        }
        return switch (name) {
            case "id" -> image -> image.id().equals(value);
            case "name" -> image -> value.equals(image.name());
            case "owner" -> image -> value.equals(image.owner());
            case "status" -> statusFilter(value);
            case "visibility" -> visibilityFilter(value);
            case "__imagetype" -> imageTypeFilter(value);
            case "__os_type" -> osTypeFilter(value);
            case "__isregistered" -> registeredFilter(parseBoolean(name, value));
            case "protected" -> protectedFilter(parseBoolean(name, value));
            case "disk_format" -> image -> value.equals(image.diskFormat());
            case "container_format" -> image -> value.equals(image.containerFormat());
            case "min_disk" -> minDiskFilter(parseInt(name, value));
            case "min_ram" -> minRamFilter(parseInt(name, value));
            case "tag" -> tagFilter(value);
            case "enterprise_project_id" -> enterpriseProjectFilter(value);
            case "architecture" -> architectureFilter(value);
            case "created_at" -> timeFilter(value, Image::createdAt);
            case "updated_at" -> timeFilter(value, Image::updatedAt);
            default -> null;
        };
    }

    private static Predicate<Image> protectedFilter(boolean expected) {
        return image -> image.isProtected() == expected;
    }

    private static Predicate<Image> minDiskFilter(int minDisk) {
        return image -> image.minDisk() == minDisk;
    }

    private static Predicate<Image> minRamFilter(int minRam) {
        return image -> image.minRam() == minRam;
    }

    private static Predicate<Image> statusFilter(String value) {
        if (!STATUSES.contains(value)) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("status " + value);
        }
        return image -> image.status().wireValue().equals(value);
    }

    private static Predicate<Image> visibilityFilter(String value) {
        if (!VISIBILITIES.contains(value)) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("visibility " + value);
        }
        return image -> value.equals(image.visibility());
    }

    private static Predicate<Image> imageTypeFilter(String value) {
        if (!IMAGE_TYPES.contains(value)) {
            throw ImsError.IMAGE_TYPE_INVALID.exception(value);
        }
        return image -> value.equals(image.imageType());
    }

    private static Predicate<Image> osTypeFilter(String value) {
        if (!OS_TYPES.contains(value)) {
            throw ImsError.OS_VERSION_INVALID.exception("__os_type " + value);
        }
        return image -> value.equals(image.property(ImageAttributes.OS_TYPE));
    }

    /**
     * Rejects a request for unregistered images, which only operators may list. Every caller of this service is a
     * tenant user, who lists registered images alone.
     */
    private static Predicate<Image> registeredFilter(boolean registered) {
        if (!registered) {
            throw ImsError.USER_TYPE_INVALID.exception("__isregistered=false needs an operator");
        }
        return image -> "true".equals(image.property(ImageAttributes.IS_REGISTERED));
    }

    /** {@code tag=key=value} matches that tag; {@code tag=key} matches a key-only tag. */
    private static Predicate<Image> tagFilter(String value) {
        int equals = value.indexOf('=');
        String key = equals < 0 ? value : value.substring(0, equals);
        String tagValue = equals < 0 ? "" : value.substring(equals + 1);
        return image -> tagValue.equals(image.tags().get(key));
    }

    /** {@code all_granted_eps} lists every enterprise project the caller may see, which is all of them here. */
    private static Predicate<Image> enterpriseProjectFilter(String value) {
        if (value.equals("all_granted_eps")) {
            return null;
        }
        return image -> value.equals(image.property(ImageAttributes.ENTERPRISE_PROJECT_ID));
    }

    private static Predicate<Image> architectureFilter(String value) {
        if (value.equals("arm")) {
            return image -> "true".equals(image.property(ImageAttributes.SUPPORT_ARM));
        }
        if (value.equals("x86")) {
            return image -> !"true".equals(image.property(ImageAttributes.SUPPORT_ARM));
        }
        throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("architecture " + value);
    }

    /** {@code <op>:<time>} with op gt, gte, lt, lte, eq or neq (eq when absent). */
    private static Predicate<Image> timeFilter(String value, Function<Image, Instant> field) {
        String operator = "eq";
        String time = value;
        int colon = value.indexOf(':');
        if (colon > 0 && value.substring(0, colon).chars().allMatch(Character::isLetter)) {
            operator = value.substring(0, colon).toLowerCase(Locale.ROOT);
            time = value.substring(colon + 1);
        }
        Instant bound = parseTime(time);
        Predicate<Integer> accepts = switch (operator) {
            case "gt" -> order -> order > 0;
            case "gte" -> order -> order >= 0;
            case "lt" -> order -> order < 0;
            case "lte" -> order -> order <= 0;
            case "eq" -> order -> order == 0;
            case "neq" -> order -> order != 0;
            default -> throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("time operator " + value);
        };
        return image -> field.apply(image) != null && accepts.test(field.apply(image).compareTo(bound));
    }

    private static Instant parseTime(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(time, SPACED_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notSpaced) {
                throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("time " + time);
            }
        }
    }

    static boolean parseBoolean(String name, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception(name + "=" + value);
        }
        return Boolean.parseBoolean(value);
    }

    static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notNumber) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception(name + "=" + value);
        }
    }
}
