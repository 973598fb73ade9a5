package io.imsservice.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Service settings under the {@code ims.} prefix. */
@ConfigMapping(prefix = "ims")
public interface ImsSettings {

    /** Region this service plays, such as {@code cn-north-4}. */
    @WithDefault("cn-north-4")
    String region();

    Jobs jobs();

    Quota quota();

    Fixtures fixtures();

    Simulation simulation();

    FlowControl flowControl();

    CrossRegion crossRegion();

    Sharing sharing();

    Coverage coverage();

    /**
     * Settings of the build's error coverage gate, ErrorCoverageIT. The service reads none of them; they are mapped
     * so that {@code mvn verify -Dims.coverage.minimum=N}, which Maven also passes to the tests that start the
     * service, does not stop start-up as an unknown property.
     */
    interface Coverage {
        /** Catalog entries that need a test proving them; the gate defaults to all of them. */
        OptionalInt minimum();
    }

    interface Fixtures {
        /** Fixtures file loaded at start-up and on every reset: a file system path, or {@code classpath:} and a
         * resource name. */
        @WithDefault("classpath:fixtures/default.yaml")
        String path();
    }

    interface Simulation {
        /** Whether the /sim/v1 control plane is on. When it is off, every /sim path returns 404. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Jobs {
        /** Time an async job takes from submission to its end; {@code 0S} finishes jobs at once. */
        @WithDefault("2S")
        Duration duration();
    }

    interface Sharing {
        /** Maximum number of projects a system-disk or data-disk image may be shared with, unless the simulation
         * API sets another limit for the image. */
        @WithDefault("256")
        int maxMembersPerImage();

        /** Maximum number of projects a full-ECS image may be shared with, unless the simulation API sets another
         * limit for the image. */
        @WithDefault("10")
        int maxMembersPerWholeImage();
    }

    interface Quota {
        /** Maximum number of private images a project may own, unless the simulation API sets another. */
        @WithDefault("100")
        long privateImages();
    }

    interface FlowControl {
        /**
         * Maximum number of unfinished async jobs per project. A further submission fails with IMG.0060 until one
         * ends. The simulation API can set another limit per project.
         */
        @WithDefault("50")
        int maxRunningJobsPerProject();
    }

    interface CrossRegion {
        /** Maximum number of unfinished cross-region copies per project. A further copy fails with IMG.0149. */
        @WithDefault("5")
        int maxInFlight();
    }
}
