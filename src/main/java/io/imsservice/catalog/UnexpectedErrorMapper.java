package io.imsservice.catalog;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.imsservice.api.RequestIds;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that no other mapper claims to the generic 500 body. The response never carries the exception
 * message, class name or stack trace; the log line carries all three with the request id.
 */
public class UnexpectedErrorMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Inject
    ErrorResponses responses;

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable exception, ContainerRequestContext request) {
        return internalError(exception, request);
    }

    /**
     * Maps validation failures other than constraint violations, such as a bad constraint declaration. Those are
     * defects of the service, and without this mapper the Hibernate Validator extension's own mapper would write
     * the response.
     */
    @ServerExceptionMapper
    public Response mapValidationDefect(ValidationException exception, ContainerRequestContext request) {
        return internalError(exception, request);
    }

    /** Maps a Java type that Jackson cannot bind, a defect of the service that the JSON mappers must not claim. */
    @ServerExceptionMapper
    public Response mapJsonTypeDefect(InvalidDefinitionException exception, ContainerRequestContext request) {
        return internalError(exception, request);
    }

    private Response internalError(Throwable exception, ContainerRequestContext request) {
        LOG.errorf(exception, "Request %s failed with an unexpected error", RequestIds.of(request));
        return responses.internalError(request);
    }
}
