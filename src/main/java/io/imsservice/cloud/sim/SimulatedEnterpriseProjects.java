package io.imsservice.cloud.sim;

import io.imsservice.cloud.EnterpriseProjectPort;
import io.imsservice.sim.Fixtures;
import io.imsservice.sim.FixturesLoaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EPS of the simulated cloud: the enterprise projects of the fixtures, edited through the simulation API. The
 * default enterprise project {@code 0} is implicit and never stored.
 */
@ApplicationScoped
public class SimulatedEnterpriseProjects implements EnterpriseProjectPort {

    private final Map<String, EnterpriseProject> projects = new LinkedHashMap<>();

    synchronized void onFixturesLoaded(@Observes FixturesLoaded event) {
        projects.clear();
        for (Fixtures.EnterpriseProject project : event.fixtures().enterpriseProjects()) {
            saveEnterpriseProject(new EnterpriseProject(project.id(), project.domainId(), project.name(),
                    project.enabled()));
        }
    }

    @Override
    public Uni<Optional<EnterpriseProject>> findEnterpriseProject(String enterpriseProjectId) {
        return Uni.createFrom().item(() -> enterpriseProject(enterpriseProjectId));
    }

    public synchronized Optional<EnterpriseProject> enterpriseProject(String enterpriseProjectId) {
        return Optional.ofNullable(projects.get(enterpriseProjectId));
    }

    public synchronized List<EnterpriseProject> enterpriseProjects() {
        return List.copyOf(projects.values());
    }

    /** Adds the enterprise project, or replaces the one with the same id in place. */
    public synchronized void saveEnterpriseProject(EnterpriseProject project) {
        projects.put(project.id(), project);
    }

    public synchronized Optional<EnterpriseProject> deleteEnterpriseProject(String enterpriseProjectId) {
        return Optional.ofNullable(projects.remove(enterpriseProjectId));
    }
}
