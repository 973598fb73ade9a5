package io.imsservice.api.auth;

import io.imsservice.catalog.ImsError;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects every write by a caller that holds only the read-only role with IMG.0026, before the request reaches a
 * resource. Reads stay allowed.
 */
public class ReadOnlyRoleFilter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CurrentCaller currentCaller;

    public ReadOnlyRoleFilter(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void rejectWritesByReadOnlyCallers(ContainerRequestContext request) {
        if (READ_METHODS.contains(request.getMethod()) || !currentCaller.isPresent()) {
            return;
        }
        if (currentCaller.get().readOnly()) {
            throw ImsError.OPERATION_NOT_PERMITTED.exception(request.getMethod() + " by a read-only caller");
        }
    }
}
