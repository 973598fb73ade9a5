package io.imsservice.api.auth;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.IdentityPort;
import io.imsservice.domain.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks an {@code X-Project-Id} header against the project of the credentials. With AK/SK the header selects the
 * project, so it always matches. With a token it may name another project, which IMS rejects. A value that is no
 * known project id fails with IMG.0067, and a project of another account, which the token cannot reach, with
 * IMG.0087. Another project of the token's own account fails with IMG.0030.
 */
public class ProjectHeaderCheck {
    static final String PROJECT_HEADER = "X-Project-Id";

    private final CurrentCaller currentCaller;
    private final IdentityPort identity;

    public ProjectHeaderCheck(CurrentCaller currentCaller, IdentityPort identity) {
        this.currentCaller = currentCaller;
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION - 1)
    public Uni<Void> rejectForeignProjectHeader(ContainerRequestContext request) {
        String header = request.getHeaderString(PROJECT_HEADER);
        if (header == null || header.isBlank() || !currentCaller.isPresent()) {
            return Uni.createFrom().voidItem();
        }
        Caller caller = currentCaller.get();
        String projectId = header.strip();
        if (projectId.equals(caller.projectId())) {
            return Uni.createFrom().voidItem();
        }
        if (!ProjectPathCheck.PROJECT_ID.matcher(projectId).matches()) {
            return Uni.createFrom().failure(ImsError.PROJECT_ID_INVALID.exception("X-Project-Id " + projectId));
        }

        return identity.findProject(projectId)
                .map(found -> {
                    if (found.isEmpty()) {
                        throw ImsError.PROJECT_ID_INVALID.exception("X-Project-Id " + projectId + " not found");
                    }
                    if (!found.get().domainId().equals(caller.domainId())) {
                        throw ImsError.TOKEN_INVALID.exception("X-Project-Id " + projectId
                                + " belongs to another account than the token");
                    }
                    throw ImsError.PROJECT_OR_TOKEN_INVALID.exception("X-Project-Id " + projectId
                            + " is not the token's project " + caller.projectId());
                });
    }
}
