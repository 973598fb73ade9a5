package io.imsservice.domain.tag;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.image.Image;
import io.imsservice.domain.image.ImageListing;
import io.imsservice.domain.image.ImageLookup;
import io.imsservice.domain.image.ImageQuery;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the tags of one image, of a project's images, and of the images a list query selects. */
@ApplicationScoped
public class ImageTagListing {
    private final ImageLookup lookup;
    private final ImageListing listing;
    private final ImageStore images;

    public ImageTagListing(ImageLookup lookup, ImageListing listing, ImageStore images) {
        this.lookup = lookup;
        this.listing = listing;
        this.images = images;
    }

    /** Returns the tags of an image the caller can see, in the order they were added. */
    public Uni<List<ImageTag>> listImageTags(Caller caller, String imageId) {
        return lookup.findVisibleImage(caller, imageId)
                .map(ImageTagListing::tagsOf);
    }

    /** Returns the values of each tag key over the images the caller's project owns, keys and values sorted. */
    public Uni<Map<String, Set<String>>> listProjectTags(Caller caller) {
        return images.listAll()
                .map(all -> {
                    Map<String, Set<String>> valuesByKey = new TreeMap<>();
                    all.stream()
                            .filter(image -> image.isOwnedBy(caller.projectId()) && !image.isPublic())
                            .forEach(image -> image.tags().forEach((key, value) -> valuesByKey
                                    .computeIfAbsent(key, ignored -> new TreeSet<>())
                                    .add(value)));
                    return valuesByKey;
                });
    }

    /**
     * Returns one page of the distinct tags, in their listed form, of the images that the list query selects for
     * the caller, in the list's order. {@code limit} (all when absent) and {@code page} (from 1, 1 when absent)
     * page the tags; either one malformed fails with IMG.0017.
     */
    public Uni<List<String>> listSelectedImageTags(Caller caller, ImageQuery query) {
        Integer limit = positive("limit", query.get("limit"));
        Integer page = positive("page", query.get("page"));

        return listing.listMatchingImages(caller, query)
                .map(selected -> {
                    Set<String> tags = new LinkedHashSet<>();
                    selected.forEach(image -> tagsOf(image).forEach(tag -> tags.add(tag.toListedForm())));
                    return pageOf(List.copyOf(tags), limit, page == null ? 1 : page);
                });
    }

    static List<ImageTag> tagsOf(Image image) {
        List<ImageTag> tags = new ArrayList<>();
        image.tags().forEach((key, value) -> tags.add(new ImageTag(key, value)));
        return tags;
    }

    private static List<String> pageOf(List<String> tags, Integer limit, int page) {
        if (limit == null) {
            return page == 1 ? tags : List.of();
        }
        long from = Math.min((long) (page - 1) * limit, tags.size());
        long to = Math.min(from + limit, tags.size());
        return tags.subList((int) from, (int) to);
    }

    private static Integer positive(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                throw ImsError.URL_CONDITION_FORMAT_INVALID.exception(name + "=" + value);
            }
            return parsed;
        } catch (NumberFormatException notNumber) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception(name + "=" + value);
        }
    }
}
