package io.imsservice.domain.image;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.share.MemberStatus;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Lists the images a caller can see, filtered, sorted and paged as GET /v2/cloudimages and GET /v2/images do. Images
 * shared with the caller's project appear only when its member status is the {@code member_status} parameter,
 * {@code accepted} when the parameter is absent.
 */
@ApplicationScoped
public class ImageListing {
    public static final int MAX_LIMIT = 1000;
    public static final String MEMBER_STATUS = "member_status";

    private static final Map<String, Comparator<Image>> SORT_KEYS = Map.of(
            "created_at", Comparator.comparing(Image::createdAt),
            "updated_at", Comparator.comparing(Image::updatedAt),
            "name", Comparator.comparing(Image::name),
            "container_format", Comparator.comparing(Image::containerFormat),
            "disk_format", Comparator.comparing(Image::diskFormat),
            "status", Comparator.comparing(image -> image.status().wireValue()),
            "id", Comparator.comparing(Image::id),
            "size", Comparator.comparing(ImageListing::sizeBytes),
            "min_disk", Comparator.comparingInt(Image::minDisk),
            "min_ram", Comparator.comparingInt(Image::minRam));

    private final ImageStore images;
    private final ImageAccess access;

    public ImageListing(ImageStore images, ImageAccess access) {
        this.images = images;
        this.access = access;
    }

    /**
     * Returns one page. A bad {@code sort_key}, {@code sort_dir}, {@code limit} or {@code member_status} fails with
     * IMG.0017; a {@code marker} that is not an image the caller can see fails with IMG.0066.
     */
    public Uni<ImagePage> listImages(Caller caller, ImageQuery query) {
        Comparator<Image> order = order(query);
        int limit = limit(query);
        Predicate<Image> filter = ImageFilters.build(query);
        MemberStatus memberStatus = memberStatus(query);

        return listVisible(caller, memberStatus, order)
                .map(visible -> page(visible, filter, query.get("marker"), limit));
    }

    /**
     * Returns every image the caller can see that matches the filters of the query, in its sort order, without
     * paging. The query's {@code limit} and {@code marker} are ignored.
     */
    public Uni<List<Image>> listMatchingImages(Caller caller, ImageQuery query) {
        Comparator<Image> order = order(query);
        Predicate<Image> filter = ImageFilters.build(query);
        MemberStatus memberStatus = memberStatus(query);

        return listVisible(caller, memberStatus, order)
                .map(visible -> visible.stream().filter(filter).toList());
    }

    private Uni<List<Image>> listVisible(Caller caller, MemberStatus memberStatus, Comparator<Image> order) {
        return access.visibilityFor(caller)
                .chain(visibility -> images.listAll()
                        .map(all -> all.stream()
                                .filter(image -> isListed(visibility, image, memberStatus))
                                .map(image -> visibility.view(image).orElseThrow())
                                .sorted(order)
                                .toList()));
    }

    private static boolean isListed(ImageVisibility visibility, Image image, MemberStatus memberStatus) {
        if (visibility.view(image).isEmpty()) {
            return false;
        }
        return !visibility.isSharedWithCaller(image)
                || visibility.memberStatus(image.id()).orElseThrow() == memberStatus;
    }

    private static MemberStatus memberStatus(ImageQuery query) {
        String value = query.get(MEMBER_STATUS);
        if (value == null) {
            return MemberStatus.ACCEPTED;
        }
        return MemberStatus.fromWireValue(value)
                .orElseThrow(() -> ImsError.URL_CONDITION_FORMAT_INVALID.exception("member_status " + value));
    }

    private static ImagePage page(List<Image> visible, Predicate<Image> filter, String marker, int limit) {
        int start = 0;
        if (marker != null) {
            int markerIndex = indexOf(visible, marker);
            if (markerIndex < 0) {
                throw ImsError.IMAGE_ID_INVALID.exception("marker " + marker);
            }
            start = markerIndex + 1;
        }
        List<Image> matching = visible.subList(start, visible.size()).stream()
                .filter(filter)
                .toList();
        boolean hasMore = matching.size() > limit;
        return new ImagePage(hasMore ? matching.subList(0, limit) : matching, hasMore, limit);
    }

    private static int indexOf(List<Image> images, String id) {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Builds the order from {@code sort_key} and {@code sort_dir}, or from the Glance form
     * {@code sort=key:dir,key2:dir} when it is given. Ties are broken by image id.
     */
    private static Comparator<Image> order(ImageQuery query) {
        String sort = query.get("sort");
        if (sort == null) {
            return order(query.parameters().getOrDefault("sort_key", "created_at"),
                    query.parameters().getOrDefault("sort_dir", "desc"))
                    .thenComparing(Comparator.comparing(Image::id));
        }
        Comparator<Image> combined = null;
        for (String part : sort.split(",", -1)) {
            int colon = part.indexOf(':');
            String key = colon < 0 ? part : part.substring(0, colon);
            String dir = colon < 0 ? "desc" : part.substring(colon + 1);
            Comparator<Image> next = order(key, dir);
            combined = combined == null ? next : combined.thenComparing(next);
        }
        return combined.thenComparing(Comparator.comparing(Image::id));
    }

    private static Comparator<Image> order(String sortKey, String sortDir) {
        Comparator<Image> byKey = SORT_KEYS.get(sortKey);
        if (byKey == null) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("sort_key " + sortKey);
        }
        return switch (sortDir) {
            case "asc" -> byKey;
            case "desc" -> byKey.reversed();
            default -> throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("sort_dir " + sortDir);
        };
    }

    private static int limit(ImageQuery query) {
        String limit = query.get("limit");
        if (limit == null) {
            return query.defaultLimit();
        }
        int value = ImageFilters.parseInt("limit", limit);
        if (value < 1 || value > MAX_LIMIT) {
            throw ImsError.URL_CONDITION_FORMAT_INVALID.exception("limit " + limit);
        }
        return value;
    }

    private static long sizeBytes(Image image) {
        String size = image.property(ImageAttributes.IMAGE_SIZE);
        try {
            return size == null ? 0 : Long.parseLong(size);
        } catch (NumberFormatException notNumber) {
            return 0;
        }
    }
}
