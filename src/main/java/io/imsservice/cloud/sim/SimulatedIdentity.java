package io.imsservice.cloud.sim;

import io.imsservice.cloud.IdentityPort;
import io.imsservice.sim.Fixtures;
import io.imsservice.sim.FixturesLoaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IAM of the simulated cloud: the projects, tokens and access keys of the fixtures, read-only between resets, and
 * agencies, which the simulation API can add to.
 */
@ApplicationScoped
public class SimulatedIdentity implements IdentityPort {

    /** The identities of one set of fixtures, replaced as a whole on reset so that readers never see a mix. */
    private record Directory(List<String> regions, Map<String, Project> projects, Map<String, Token> tokens,
            Map<String, AccessKey> accessKeys) {
    }

    private volatile Directory directory = new Directory(List.of(), Map.of(), Map.of(), Map.of());
    /** Agencies by domain id and name, in the order they were added. */
    private final Map<String, Agency> agencies = new LinkedHashMap<>();

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        Fixtures fixtures = event.fixtures();
        Map<String, Project> projects = new LinkedHashMap<>();
        for (Fixtures.Project project : fixtures.projects()) {
            projects.put(project.id(), new Project(project.id(), project.name(), project.domainId(), project.region()));
        }

        Map<String, Token> tokens = new LinkedHashMap<>();
        Map<String, AccessKey> accessKeys = new LinkedHashMap<>();
        for (Fixtures.User user : fixtures.users()) {
            Set<String> roles = Set.copyOf(user.roles());
            for (Fixtures.Token token : user.tokens()) {
                tokens.put(token.value(),
                        new Token(token.value(), token.projectId(), user.id(), roles, token.expiresAt()));
            }
            for (Fixtures.AccessKey key : user.accessKeys()) {
                accessKeys.put(key.accessKeyId(),
                        new AccessKey(key.accessKeyId(), key.secretKey(), user.id(), user.domainId(), roles));
            }
        }

        directory = new Directory(List.copyOf(fixtures.regions()), Collections.unmodifiableMap(projects),
                Collections.unmodifiableMap(tokens), Collections.unmodifiableMap(accessKeys));
        replaceAgencies(fixtures.agencies());
    }

    private synchronized void replaceAgencies(List<Fixtures.Agency> fixtureAgencies) {
        agencies.clear();
        for (Fixtures.Agency agency : fixtureAgencies) {
            saveAgency(new Agency(agency.name(), agency.domainId(), Set.copyOf(agency.imsProjectIds())));
        }
    }

    @Override
    public Uni<Optional<Project>> findProject(String projectId) {
        return Uni.createFrom().item(project(projectId));
    }

    /** Returns the project with this id, if any, without the detour through a {@link Uni}. */
    public Optional<Project> project(String projectId) {
        return Optional.ofNullable(directory.projects().get(projectId));
    }

    @Override
    public Uni<List<Project>> listProjects() {
        return Uni.createFrom().item(List.copyOf(directory.projects().values()));
    }

    @Override
    public Uni<List<Project>> listDomainProjects(String domainId) {
        List<Project> projects = directory.projects().values().stream()
                .filter(project -> project.domainId().equals(domainId))
                .toList();
        return Uni.createFrom().item(projects);
    }

    @Override
    public Uni<Optional<Project>> findProjectByName(String domainId, String projectName) {
        Optional<Project> project = directory.projects().values().stream()
                .filter(candidate -> candidate.domainId().equals(domainId))
                .filter(candidate -> candidate.name().equals(projectName))
                .findFirst();
        return Uni.createFrom().item(project);
    }

    @Override
    public Uni<List<String>> listRegions() {
        return Uni.createFrom().item(directory.regions());
    }

    @Override
    public Uni<Optional<Token>> findToken(String token) {
        return Uni.createFrom().item(Optional.ofNullable(directory.tokens().get(token)));
    }

    @Override
    public Uni<Optional<AccessKey>> findAccessKey(String accessKeyId) {
        return Uni.createFrom().item(Optional.ofNullable(directory.accessKeys().get(accessKeyId)));
    }

    @Override
    public Uni<Optional<Agency>> findAgency(String domainId, String agencyName) {
        return Uni.createFrom().item(() -> agency(domainId, agencyName));
    }

    /** Returns the agency of the account with this name, if any. */
    public synchronized Optional<Agency> agency(String domainId, String agencyName) {
        return Optional.ofNullable(agencies.get(agencyKey(domainId, agencyName)));
    }

    /** Lists every agency of every account. */
    public synchronized List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    /** Adds the agency, or replaces the one of the same account and name. */
    public synchronized void saveAgency(Agency agency) {
        agencies.put(agencyKey(agency.domainId(), agency.name()), agency);
    }

    private static String agencyKey(String domainId, String agencyName) {
        return domainId + "/" + agencyName;
    }
}
