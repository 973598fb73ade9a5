package io.imsservice.domain.share;

import io.imsservice.domain.ImsSettings;
import io.imsservice.domain.image.Image;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maximum number of projects an image may be shared with: 256 for system-disk and data-disk images and 10 for
 * full-ECS images by default ({@code ims.sharing.*}), or a limit the simulation API set for the image. The check
 * itself is atomic with the insert, in {@link io.imsservice.store.ImageMemberStore#addMembers}.
 */
@ApplicationScoped
public class MemberQuota {
    /** Highest limit the simulation API accepts for one image. */
    public static final int MAX_OVERRIDE = 1000;

    private final ImsSettings settings;
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();

    public MemberQuota(ImsSettings settings) {
        this.settings = settings;
    }

    public int maxMembers(Image image) {
        Integer override = overrides.get(image.id());
        if (override != null) {
            return override;
        }
        return image.isWholeImage()
                ? settings.sharing().maxMembersPerWholeImage()
                : settings.sharing().maxMembersPerImage();
    }

    /** Sets the image's limit until the next reset. */
    public void setMaxMembers(String imageId, int limit) {
        overrides.put(imageId, limit);
    }

    public void resetOverrides() {
        overrides.clear();
    }
}
