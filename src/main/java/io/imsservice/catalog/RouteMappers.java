package io.imsservice.catalog;

import io.imsservice.api.RequestIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps requests that match no API to the gateway body, which the IMS gateway returns before the request reaches
 * the service: an unknown path with 404 and a known path with the wrong method with 405, both {@code APIGW.0101}.
 */
public class RouteMappers {

    private static final Logger LOG = Logger.getLogger(RouteMappers.class);

    @Inject
    ErrorResponses responses;

    /**
     * Maps an unknown path to the gateway 404. Quarkus REST also raises {@link NotFoundException} after matching a
     * resource method when a path or query parameter cannot be converted to its Java type; that is a malformed
     * request, so it becomes IMG.0001.
     */
    @ServerExceptionMapper
    public Response mapNotFound(NotFoundException exception, ContainerRequestContext request, ResourceInfo resource) {
        String requestId = RequestIds.of(request);
        if (resource.getResourceMethod() != null) {
            LOG.debugf("Request %s failed with %s: a path or query parameter is invalid", requestId,
                    ImsError.REQUEST_FORMAT_INVALID.code());
            return responses.of(ImsError.REQUEST_FORMAT_INVALID, request);
        }

        LOG.debugf("Request %s failed with %s: no API matches %s %s", requestId, GatewayError.API_NOT_FOUND.code(),
                request.getMethod(), request.getUriInfo().getPath());
        return GatewayError.API_NOT_FOUND.toResponse(requestId);
    }

    @ServerExceptionMapper
    public Response mapNotAllowed(NotAllowedException exception, ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        LOG.debugf("Request %s failed with %s: %s is not allowed on %s", requestId,
                GatewayError.METHOD_NOT_ALLOWED.code(), request.getMethod(), request.getUriInfo().getPath());
        return GatewayError.METHOD_NOT_ALLOWED.toResponse(requestId);
    }
}
