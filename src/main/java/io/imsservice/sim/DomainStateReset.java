package io.imsservice.sim;

import io.imsservice.domain.job.JobGate;
import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import io.imsservice.domain.quota.ImageQuota;
import io.imsservice.store.ImageStore;
import io.imsservice.store.JobStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;

/**
 * Resets the service's own state whenever fixtures are loaded: images (public ones seeded again), jobs, held jobs,
 * quota overrides and the OS version list.
 */
@ApplicationScoped
public class DomainStateReset {
    private final ImageStore images;
    private final JobStore jobs;
    private final JobGate jobGate;
    private final ImageQuota quota;
    private final OsVersionCatalog osVersions;

    public DomainStateReset(ImageStore images, JobStore jobs, JobGate jobGate, ImageQuota quota,
            OsVersionCatalog osVersions) {
        this.images = images;
        this.jobs = jobs;
        this.jobGate = jobGate;
        this.quota = quota;
        this.osVersions = osVersions;
    }

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        Fixtures fixtures = event.fixtures();
        jobGate.clear();
        quota.resetOverrides();
        osVersions.replace(fixtures.osVersions().stream()
                .map(version -> new OsVersion(version.platform(), version.osVersionKey(), version.osVersion(),
                        version.osBit(), version.osType(), new HashSet<>(version.tags())))
                .toList());
        Uni.join().all(images.clear(), jobs.clear()).andFailFast()
                .chain(() -> Uni.join().all(fixtures.publicImages().stream()
                        .map(PublicImageSeeds::toImage)
                        .map(images::insert)
                        .toList()).andFailFast())
                .await().indefinitely();
    }
}
