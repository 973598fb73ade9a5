package io.imsservice.sim;

import io.imsservice.domain.ImsSettings;
import io.imsservice.domain.job.JobFlowControl;
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
 * quota overrides, flow-control slots and limits, and the OS version list.
 */
@ApplicationScoped
public class DomainStateReset {
    private final ImageStore images;
    private final JobStore jobs;
    private final JobGate jobGate;
    private final ImageQuota quota;
    private final OsVersionCatalog osVersions;
    private final JobFlowControl flowControl;
    private final ImsSettings settings;

    public DomainStateReset(ImageStore images, JobStore jobs, JobGate jobGate, ImageQuota quota,
            OsVersionCatalog osVersions, JobFlowControl flowControl, ImsSettings settings) {
        this.images = images;
        this.jobs = jobs;
        this.jobGate = jobGate;
        this.quota = quota;
        this.osVersions = osVersions;
        this.flowControl = flowControl;
        this.settings = settings;
    }

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        Fixtures fixtures = event.fixtures();
        jobGate.clear();
        quota.resetOverrides();
        flowControl.reset();
        osVersions.replace(fixtures.osVersions().stream()
                .map(version -> new OsVersion(version.platform(), version.osVersionKey(), version.osVersion(),
                        version.osBit(), version.osType(), new HashSet<>(version.tags())))
                .toList());
        Uni.join().all(images.clear(), jobs.clear()).andFailFast()
                .chain(() -> Uni.join().all(fixtures.publicImages().stream()
                        .map(json -> PublicImageSeeds.toImage(json).region(settings.region()))
                        .map(images::insert)
                        .toList()).andFailFast())
                .await().indefinitely();
    }
}
