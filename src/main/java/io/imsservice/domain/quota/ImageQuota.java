package io.imsservice.domain.quota;

import io.imsservice.domain.ImsSettings;
import io.imsservice.store.ImageStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Private-image quota per project: the configured default, or a value the simulation API set for that project.
 * The check itself is atomic with the insert, in {@link ImageStore#insertPrivate}.
 */
@ApplicationScoped
public class ImageQuota {
    /** Lowest and highest quota a project can be given, as GET /v1/cloudimages/quota reports them. */
    public static final long MIN = 1;
    public static final long MAX = 1000;

    private final ImsSettings settings;
    private final ImageStore images;
    private final Map<String, Long> overrides = new ConcurrentHashMap<>();

    public ImageQuota(ImsSettings settings, ImageStore images) {
        this.settings = settings;
        this.images = images;
    }

    public long privateImageLimit(String projectId) {
        return overrides.getOrDefault(projectId, settings.quota().privateImages());
    }

    public void setPrivateImageLimit(String projectId, long limit) {
        overrides.put(projectId, limit);
    }

    public void resetOverrides() {
        overrides.clear();
    }

    /** Usage of the project's private-image quota. */
    public record Usage(long used, long quota) {
    }

    public Uni<Usage> privateImageUsage(String projectId) {
        return images.countOwnedBy(projectId)
                .map(used -> new Usage(used, privateImageLimit(projectId)));
    }
}
