package io.imsservice.domain.tag;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.store.ImageStore;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Changes the tags of images. The tags live in the image record ({@link Image#tags()}), so the image
 * object, the list filter {@code tag=key=value} and these calls always agree. Only the owner changes an image's
 * tags (IMG.0047), and each change is one atomic image update that applies in full or not at all.
 */
@ApplicationScoped
public class ImageTagging {
    /** HTTP status of deleting a key the image does not have, which IMS documents as 404 on every path. */
    private static final int TAG_NOT_FOUND_STATUS = 404;

    private final ImageLookup lookup;
    private final ImageStore images;

    public ImageTagging(ImageLookup lookup, ImageStore images) {
        this.lookup = lookup;
        this.images = images;
    }

    /**
     * Adds validated tags to the image; a tag with a key the image has overwrites its value. Fails with IMG.0116
     * when the image would have more than {@link TagRules#MAX_TAGS_PER_IMAGE} tags.
     */
    public Uni<Void> addTags(Caller caller, String imageId, Map<String, String> tags) {
        return findOwnedImage(caller, imageId)
                .chain(image -> changeTags(image.id(), current -> TagRules.merge(current, tags)))
                .invoke(() -> Log.infof("Tags %s set on image %s by project %s", tags.keySet(), imageId,
                        caller.projectId()))
                .replaceWithVoid();
    }

    /**
     * Deletes the tags with these keys. A tag whose stored value differs from a non-empty value in the request
     * stays, and keys the image does not have are skipped, so repeating a deletion succeeds.
     */
    public Uni<Void> deleteTags(Caller caller, String imageId, List<ImageTag> tags) {
        return findOwnedImage(caller, imageId)
                .chain(image -> changeTags(image.id(), current -> withoutTags(current, tags)))
                .invoke(() -> Log.infof("Tags %s deleted from image %s by project %s",
                        tags.stream().map(ImageTag::key).toList(), imageId, caller.projectId()))
                .replaceWithVoid();
    }

    /** Deletes the tag with this key, or fails with IMG.0121 and status 404 when the image has no such key. */
    public Uni<Void> deleteTag(Caller caller, String imageId, String key) {
        return findOwnedImage(caller, imageId)
                .chain(image -> changeTags(image.id(), current -> {
                    if (!current.containsKey(key)) {
                        throw ImsError.OBJECT_NOT_FOUND.exception("image " + imageId + " has no tag key " + key)
                                .withStatus(TAG_NOT_FOUND_STATUS);
                    }
                    LinkedHashMap<String, String> remaining = new LinkedHashMap<>(current);
                    remaining.remove(key);
                    return remaining;
                }))
                .invoke(() -> Log.infof("Tag %s deleted from image %s by project %s", key, imageId,
                        caller.projectId()))
                .replaceWithVoid();
    }

    /**
     * Deletes a Glance tag, the tag that the image object lists as this string: {@code key=value}, or the bare key
     * of a key-only tag. Fails with IMG.0121 when the image has no such tag.
     */
    public Uni<Void> deleteGlanceTag(Caller caller, String imageId, String tag) {
        int equals = tag.indexOf('=');
        String key = equals < 0 ? tag : tag.substring(0, equals);
        String value = equals < 0 ? "" : tag.substring(equals + 1);

        return findOwnedImage(caller, imageId)
                .chain(image -> changeTags(image.id(), current -> {
                    if (!value.equals(current.get(key))) {
                        throw ImsError.OBJECT_NOT_FOUND.exception("image " + imageId + " has no tag " + tag);
                    }
                    LinkedHashMap<String, String> remaining = new LinkedHashMap<>(current);
                    remaining.remove(key);
                    return remaining;
                }))
                .invoke(() -> Log.infof("Glance tag %s deleted from image %s by project %s", tag, imageId,
                        caller.projectId()))
                .replaceWithVoid();
    }

    private Uni<Image> findOwnedImage(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId)
                .invoke(image -> {
                    if (!image.isOwnedBy(caller.projectId())) {
                        throw ImsError.OWNER_ONLY_OPERATION.exception("tags of image " + imageId);
                    }
                });
    }

    private Uni<Image> changeTags(String imageId, UnaryOperator<Map<String, String>> change) {
        return images.update(imageId, image -> {
                    Map<String, String> changed = new LinkedHashMap<>(change.apply(image.tags()));
                    image.tags().clear();
                    image.tags().putAll(changed);
                    return image;
                })
                .map(updated -> updated.orElseThrow(() -> ImsError.IMAGE_ID_NOT_FOUND.exception(imageId)));
    }

    private static LinkedHashMap<String, String> withoutTags(Map<String, String> current, List<ImageTag> tags) {
        LinkedHashMap<String, String> remaining = new LinkedHashMap<>(current);
        for (ImageTag tag : tags) {
            String stored = remaining.get(tag.key());
            boolean valueMatches = tag.value().isEmpty() || tag.value().equals(stored);
            if (stored != null && valueMatches) {
                remaining.remove(tag.key());
            }
        }
        return remaining;
    }
}
