package io.imsservice.sim;

import io.imsservice.domain.fault.DependencyFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Clears the injected faults whenever fixtures are loaded, so that every reset starts with working dependencies. */
@ApplicationScoped
public class FaultsReset {
    private final DependencyFaults faults;

    public FaultsReset(DependencyFaults faults) {
        this.faults = faults;
    }

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        faults.clearAll();
    }
}
