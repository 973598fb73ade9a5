package io.imsservice.domain.os;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** The OS versions of this region, loaded from the fixtures and replaced on every reset. */
@ApplicationScoped
public class OsVersionCatalog {
    private final AtomicReference<List<OsVersion>> versions = new AtomicReference<>(List.of());

    public void replace(List<OsVersion> loaded) {
        versions.set(List.copyOf(loaded));
    }

    /** Finds a version by its exact {@code os_version} string. */
    public Optional<OsVersion> find(String osVersion) {
        return versions.get().stream()
                .filter(version -> version.osVersion().equals(osVersion))
                .findFirst();
    }

    /** Lists the versions that have every one of the tags; no tags lists all. */
    public List<OsVersion> list(Set<String> tags) {
        return versions.get().stream()
                .filter(version -> version.tags().containsAll(tags))
                .toList();
    }
}
