package io.imsservice.sim;

import io.imsservice.domain.job.JobGate;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the fixtures at start-up and on every reset, and announces them with {@link FixturesLoaded} so that each
 * stateful component starts over from them.
 */
@ApplicationScoped
public class Simulation {
    private static final Logger LOG = Logger.getLogger(Simulation.class);

    @ConfigProperty(name = "ims.fixtures.path")
    String fixturesLocation;

    @ConfigProperty(name = "ims.region")
    String region;

    @Inject
    Event<FixturesLoaded> fixturesLoaded;

    @Inject
    JobGate jobGate;

    @Inject
    CloudInventory inventory;

    private volatile Fixtures fixtures;

    /** Loads the fixtures before other start-up observers run, so they find the simulated cloud populated. */
    void loadOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        reset();
    }

    /**
     * Reloads the fixtures file and resets every stateful component to it; jobs held by the {@link JobGate} are
     * dropped. When the file cannot be loaded, nothing changes.
     *
     * @throws FixturesLoader.InvalidFixturesException when the file is missing, malformed or inconsistent
     */
    public Fixtures reset() {
        Fixtures loaded = FixturesLoader.load(fixturesLocation, region);
        inventory.runExclusively(() -> {
            jobGate.clear();
            fixtures = loaded;
            fixturesLoaded.fire(new FixturesLoaded(loaded));
        });
        LOG.infov("Simulation reset from {0}: {1} projects, {2} servers, {3} disks, {4} public images",
                fixturesLocation, loaded.projects().size(), loaded.servers().size(), loaded.disks().size(),
                loaded.publicImages().size());
        return loaded;
    }

    /** Returns the fixtures of the last reset. */
    public Fixtures fixtures() {
        return fixtures;
    }

    /** Returns the region the service runs in ({@code ims.region}). */
    public String region() {
        return region;
    }

    /** Finds a project of the fixtures by id. */
    public Optional<Fixtures.Project> project(String projectId) {
        return fixtures.projects().stream()
                .filter(project -> project.id().equals(projectId))
                .findFirst();
    }
}
