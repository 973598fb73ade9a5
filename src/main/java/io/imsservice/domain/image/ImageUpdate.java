package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Updates image attributes with JSON-patch operations: PATCH /v2/cloudimages/{id} and the Glance PATCH. All
 * operations of a request apply together or not at all.
 */
@ApplicationScoped
public class ImageUpdate {
    /** Extension attributes IMS documents as updatable, besides name, description and custom attributes. */
    private static final Set<String> UPDATABLE_PROPERTIES = Set.of(
            "__support_kvm", "__support_xen", "__support_largememory", "__support_diskintensive",
            "__support_highperformance", "__support_xen_gpu_type", "__support_kvm_gpu_type", "__support_xen_hana",
            "__support_kvm_infiniband", "__is_config_init", "enterprise_project_id", "max_ram",
            "hw_vif_multiqueue_enabled", "hw_firmware_type", "__support_fc_inject", "__support_amd",
            "__support_kvm_hi1822_hisriov", "__support_kvm_hi1822_hivirtionet", "os_shutdown_timeout");
    /** Glance core attributes and attributes IMS manages itself; a patch may not touch them. */
    private static final Set<String> RESERVED = Set.of(
            "id", "status", "visibility", "protected", "owner", "tags", "container_format", "disk_format",
            "min_disk", "size", "virtual_size", "checksum", "file", "self", "schema", "created_at", "updated_at",
            "active_at", "virtual_env_type", "properties", "locations", "direct_url");
    private static final Pattern CUSTOM_ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]{0,254}");
    private static final Pattern NAME = Pattern.compile(ImageTextRules.NAME_PATTERN);
    private static final Pattern DESCRIPTION = Pattern.compile(ImageTextRules.DESCRIPTION_PATTERN);
    private static final Pattern ENTERPRISE_PROJECT =
            Pattern.compile("0|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_RAM_MB = 1048576;

    private final ImageLookup lookup;
    private final ImageStore images;

    public ImageUpdate(ImageLookup lookup, ImageStore images) {
        this.lookup = lookup;
        this.images = images;
    }

    /**
     * Applies the operations. The caller must own the image (IMG.0047), the image must be active (IMG.0046) and
     * not a data-disk image (IMG.0105), and {@code replace} or {@code remove} of an absent attribute fails with
     * IMG.0035.
     *
     * @param glance whether the Glance rules apply: only the name, the description and custom attributes change.
     *     On both paths {@code add} of a present attribute replaces its value.
     */
    public Uni<Image> updateImage(Caller caller, String imageId, List<PatchOperation> operations, boolean glance) {
        if (operations.isEmpty()) {
            throw ImsError.REQUEST_BODY_EMPTY.exception("no patch operations");
        }
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> requireUpdatable(caller, image))
                .chain(image -> requireUniqueName(caller, image, operations))
                .chain(image -> images.update(image.id(), stored -> apply(stored, operations, glance)))
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)))
                .invoke(updated -> Log.infof("Image %s updated by project %s", imageId, caller.projectId()))
                .chain(updated -> lookup.findVisibleImage(caller, updated.id()));
    }

    private static void requireUpdatable(Caller caller, Image image) {
        if (!image.isOwnedBy(caller.projectId())) {
            throw ImsError.OWNER_ONLY_OPERATION.exception(image.id());
        }
        if (image.status() != ImageStatus.ACTIVE) {
            throw ImsError.IMAGE_UNAVAILABLE.exception(image.status().wireValue());
        }
        if ("DataImage".equals(image.property(ImageAttributes.VIRTUAL_ENV_TYPE))) {
            throw ImsError.OPERATION_NOT_SUPPORTED.exception("data-disk images cannot be updated");
        }
    }

    // NOTE: the name check runs before the atomic update, so two renames racing to one new name can both pass.
    private Uni<Image> requireUniqueName(Caller caller, Image image, List<PatchOperation> operations) {
        String newName = operations.stream()
                .filter(operation -> "name".equals(operation.attribute()) && !"remove".equals(operation.op()))
                .map(PatchOperation::value)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .orElse(null);
        if (newName == null || newName.equals(image.name())) {
            return Uni.createFrom().item(image);
        }
        return images.listAll()
                .map(all -> {
                    boolean nameInUse = all.stream().anyMatch(other -> other.isOwnedBy(caller.projectId())
                            && !other.id().equals(image.id()) && newName.equals(other.name()));
                    if (nameInUse) {
                        throw ImsError.IMAGE_NAME_EXISTS.exception(newName);
                    }
                    return image;
                });
    }

    private static Image apply(Image image, List<PatchOperation> operations, boolean glance) {
        for (PatchOperation operation : operations) {
            applyOne(image, operation, glance);
        }
        return image.updatedAt(Instant.now());
    }

    private static void applyOne(Image image, PatchOperation operation, boolean glance) {
        String attribute = operation.attribute();
        String op = operation.op();
        if (RESERVED.contains(attribute) || attribute.startsWith("__") && !isUpdatableExtension(attribute)) {
            throw ImsError.ATTRIBUTE_CONFLICT.exception("attribute " + attribute + " cannot be changed");
        }
        if (glance && !isGlanceUpdatable(attribute)) {
            throw ImsError.ATTRIBUTE_CONFLICT.exception("Glance PATCH cannot change " + attribute);
        }
        boolean present = isPresent(image, attribute);
        switch (op) {
            case "remove" -> remove(image, attribute, present);
            case "replace" -> {
                if (!present) {
                    throw ImsError.ATTRIBUTE_CONFLICT.exception("replace of absent attribute " + attribute);
                }
                set(image, attribute, operation.value());
            }
            case "add" -> set(image, attribute, operation.value());
            default -> throw ImsError.REQUEST_FORMAT_INVALID.exception("patch op " + op);
        }
    }

    /** Glance PATCH changes only the name, the description and custom attributes. */
    private static boolean isGlanceUpdatable(String attribute) {
        return attribute.equals("name") || attribute.equals(ImageAttributes.DESCRIPTION)
                || !attribute.startsWith("__") && !UPDATABLE_PROPERTIES.contains(attribute)
                && !attribute.equals("min_ram");
    }

    private static boolean isUpdatableExtension(String attribute) {
        return attribute.equals(ImageAttributes.DESCRIPTION) || UPDATABLE_PROPERTIES.contains(attribute);
    }

    private static boolean isPresent(Image image, String attribute) {
        return switch (attribute) {
            case "name", "min_ram" -> true;
            default -> image.properties().containsKey(attribute);
        };
    }

    private static void remove(Image image, String attribute, boolean present) {
        if (!present || attribute.equals("name") || attribute.equals("min_ram")) {
            throw ImsError.ATTRIBUTE_CONFLICT.exception("remove of " + attribute);
        }
        image.property(attribute, null);
    }

    private static void set(Image image, String attribute, String value) {
        if (value == null) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("missing value for " + attribute);
        }
        switch (attribute) {
            case "name" -> image.name(validName(value));
            case "min_ram" -> image.minRam(validRam(value));
            case "max_ram" -> image.property(attribute, Integer.toString(validRam(value)));
            case ImageAttributes.DESCRIPTION -> image.property(attribute, validDescription(value));
            case ImageAttributes.HW_FIRMWARE_TYPE -> image.property(attribute, oneOf(value, "bios", "uefi"));
            case ImageAttributes.ENTERPRISE_PROJECT_ID -> image.property(attribute, validEnterpriseProject(value));
            default -> {
                if (!attribute.startsWith("__") && !CUSTOM_ATTRIBUTE.matcher(attribute).matches()) {
                    throw ImsError.REQUEST_FORMAT_INVALID.exception("custom attribute " + attribute);
                }
                image.property(attribute, value);
            }
        }
    }

    private static String validName(String name) {
        if (name.isEmpty()) {
            throw ImsError.IMAGE_NAME_MISSING.exception();
        }
        if (name.length() > ImageTextRules.NAME_MAX_LENGTH) {
            throw ImsError.IMAGE_NAME_TOO_LONG.exception();
        }
        if (!NAME.matcher(name).matches()) {
            throw ImsError.IMAGE_NAME_FORMAT_INVALID.exception(name);
        }
        return name;
    }

    private static String validDescription(String description) {
        if (description.length() > ImageTextRules.DESCRIPTION_MAX_LENGTH) {
            throw ImsError.IMAGE_DESCRIPTION_TOO_LONG.exception();
        }
        if (!DESCRIPTION.matcher(description).matches()) {
            throw ImsError.IMAGE_DESCRIPTION_FORMAT_INVALID.exception();
        }
        return description;
    }

    private static int validRam(String value) {
        try {
            int megabytes = Integer.parseInt(value);
            if (megabytes < 0 || megabytes > MAX_RAM_MB) {
                throw ImsError.MEMORY_OR_DISK_SIZE_INVALID.exception(value);
            }
            return megabytes;
        } catch (NumberFormatException notNumber) {
            throw ImsError.MEMORY_OR_DISK_SIZE_INVALID.exception(value);
        }
    }

    private static String validEnterpriseProject(String value) {
        if (!ENTERPRISE_PROJECT.matcher(value).matches()) {
            throw ImsError.ENTERPRISE_PROJECT_CHECK_FAILED.exception(value);
        }
        return value;
    }

    private static String oneOf(String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw ImsError.REQUEST_FORMAT_INVALID.exception("value " + value);
    }
}
