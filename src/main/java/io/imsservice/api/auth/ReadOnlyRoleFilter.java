package io.imsservice.api.auth;

import io.imsservice.catalog.ImsError;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects every write by a caller that holds only the read-only role with IMG.0026, before the request reaches a
 * resource. Reads stay allowed.
 */
public class ReadOnlyRoleFilter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The query by tags is a POST that only reads, and IAM grants it with the list permission. */
    private static final Pattern READING_POST = Pattern.compile("/v2/[^/]+/images/resource_instances/action");

    private final CurrentCaller currentCaller;

    public ReadOnlyRoleFilter(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void rejectWritesByReadOnlyCallers(ContainerRequestContext request) {
        if (READ_METHODS.contains(request.getMethod()) || !currentCaller.isPresent()) {
            return;
        }
        if ("POST".equals(request.getMethod()) && READING_POST.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        if (currentCaller.get().readOnly()) {
            throw ImsError.OPERATION_NOT_PERMITTED.exception(request.getMethod() + " by a read-only caller");
        }
    }
}
