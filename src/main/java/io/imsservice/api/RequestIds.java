package io.imsservice.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id, as the IMS gateway does, and returns it in the {@code X-Request-Id} header of every
 * response, errors included. Error bodies and log lines quote the same id.
 */
@Provider
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String PROPERTY = RequestIds.class.getName();

    /** Returns the id of the request, creating it if no filter has created it yet. */
    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            id = UUID.randomUUID().toString().replace("-", "");
            request.setProperty(PROPERTY, id);
        }
        return (String) id;
    }

    @ServerRequestFilter(preMatching = true, priority = 0)
    public void assignRequestId(ContainerRequestContext request) {
        of(request);
    }

    @ServerResponseFilter
    public void addRequestIdHeader(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, of(request));
    }
}
