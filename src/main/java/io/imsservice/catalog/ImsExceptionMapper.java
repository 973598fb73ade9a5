package io.imsservice.catalog;

import io.imsservice.api.RequestIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the one domain exception to its catalog status and body. */
public class ImsExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ImsExceptionMapper.class);

    @Inject
    ErrorResponses responses;

    @ServerExceptionMapper
    public Response mapImsException(ImsException exception, ContainerRequestContext request) {
        Response response = responses.of(exception, request);
        logFailure(RequestIds.of(request), response.getStatus(), exception);
        return response;
    }

    private static void logFailure(String requestId, int status, ImsException exception) {
        // The exception message is the code plus the detail that the thrower gave for the log.
        if (status < 500) {
            LOG.debugf("Request %s failed with %d %s", requestId, status, exception.getMessage());
        } else {
            LOG.errorf("Request %s failed with %d %s", requestId, status, exception.getMessage());
        }
    }
}
