package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projects of the simulated cloud and the credentials that reach each one, so that a newcomer can find a token
 * or an AK/SK pair to call the IMS API with.
 *
 * @param region region the service runs in
 * @param regions every region of the simulated cloud
 * @param platformProjectId project that owns the public images
 */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "SimulatedProjects")
public record SimProjects(String region, List<String> regions, String platformProjectId,
        List<ProjectView> projects) {

    /** A project with the users of its account. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "SimulatedProject")
    public record ProjectView(String id, String name, String region, String domainId, String domainName,
            List<UserView> users) {
    }

    /**
     * A user of the project's account: its tokens scoped to this project, and its access keys, which work in every
     * project of the account with {@code X-Project-Id}.
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "SimulatedUser")
    public record UserView(String id, String name, List<String> roles, List<TokenView> tokens,
            List<AccessKeyView> accessKeys) {
    }

    /** A token to send as {@code X-Auth-Token}. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "SimulatedToken")
    public record TokenView(String value, Instant expiresAt, boolean expired) {
    }

    /** A permanent AK/SK pair for SDK-HMAC-SHA256 signatures. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "SimulatedAccessKey")
    public record AccessKeyView(String accessKeyId, String secretKey) {
    }

    /** Builds the view of the fixtures at the given time, which decides which tokens are expired. */
    static SimProjects of(Fixtures fixtures, String region, Instant now) {
        List<ProjectView> projects = fixtures.projects().stream()
                .map(project -> projectView(fixtures, project, now))
                .toList();
        return new SimProjects(region, fixtures.regions(), fixtures.platformProjectId(), projects);
    }

    private static ProjectView projectView(Fixtures fixtures, Fixtures.Project project, Instant now) {
        String domainName = fixtures.domains().stream()
                .filter(domain -> domain.id().equals(project.domainId()))
                .map(Fixtures.Domain::name)
                .findFirst()
                .orElse(null);
        List<UserView> users = fixtures.users().stream()
                .filter(user -> user.domainId().equals(project.domainId()))
                .map(user -> userView(user, project, now))
                .toList();
        return new ProjectView(project.id(), project.name(), project.region(), project.domainId(), domainName,
                users);
    }

    private static UserView userView(Fixtures.User user, Fixtures.Project project, Instant now) {
        List<TokenView> tokens = user.tokens().stream()
                .filter(token -> token.projectId().equals(project.id()))
                .map(token -> new TokenView(token.value(), token.expiresAt(), !token.expiresAt().isAfter(now)))
                .toList();
        List<AccessKeyView> accessKeys = user.accessKeys().stream()
                .map(key -> new AccessKeyView(key.accessKeyId(), key.secretKey()))
                .toList();
        return new UserView(user.id(), user.name(), user.roles(), tokens, accessKeys);
    }
}
