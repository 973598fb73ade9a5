package io.imsservice.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.imsservice.api.RequestIds;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps requests that Quarkus REST or Jackson reject before a resource method runs to IMG.0001: malformed JSON, JSON
 * of the wrong type for a field, a content type that the endpoint does not consume, and any other 4xx
 * {@link WebApplicationException}. Unknown routes and methods have their own mappers in {@link RouteMappers}.
 *
 * <p>Log lines name the exception type and the JSON location or field path, never the parser message, because
 * Jackson quotes the offending value, which may be a password or token from the body.
 */
public class RequestFormatMappers {

    private static final Logger LOG = Logger.getLogger(RequestFormatMappers.class);

    @Inject
    ErrorResponses responses;

    /**
     * Maps Jackson failures that reach the mappers unwrapped, such as those of code that parses JSON itself.
     * NOTE: a failure while writing a response body would also land here as IMG.0001, except an
     * {@link com.fasterxml.jackson.databind.exc.InvalidDefinitionException}, which {@link UnexpectedErrorMapper}
     * turns into a 500.
     */
    @ServerExceptionMapper
    public Response mapJsonFailure(JsonProcessingException exception, ContainerRequestContext request) {
        return requestFormatInvalid(request, describe(exception));
    }

    /**
     * Maps JSON of the wrong type for a field, which the Quarkus REST body reader rethrows as it is. Quarkus REST
     * registers its own mapper for this exact type, so a mapper for a supertype alone would lose to it.
     */
    @ServerExceptionMapper
    public Response mapMismatchedJson(MismatchedInputException exception, ContainerRequestContext request) {
        return requestFormatInvalid(request, describe(exception));
    }

    @ServerExceptionMapper
    public Response mapUnsupportedMediaType(NotSupportedException exception, ContainerRequestContext request) {
        // The raw header, because getMediaType() throws on a value that does not parse as a media type.
        return requestFormatInvalid(request,
                "content type " + request.getHeaderString("Content-Type") + " is not consumed here");
    }

    /**
     * Maps the other {@link WebApplicationException}s. The Quarkus REST body reader wraps JSON syntax errors in one
     * with status 400. Responses below 400 pass through and 5xx become the generic 500 body.
     */
    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException exception, ContainerRequestContext request) {
        int status = exception.getResponse().getStatus();
        String requestId = RequestIds.of(request);

        if (status < 400) {
            return exception.getResponse();
        }
        if (status >= 500) {
            LOG.errorf(exception, "Request %s failed with HTTP %d", requestId, status);
            return responses.internalError(request);
        }

        String reason = "HTTP " + status;
        if (exception.getCause() instanceof JacksonException cause) {
            reason = describe(cause);
        }
        return requestFormatInvalid(request, reason);
    }

    private Response requestFormatInvalid(ContainerRequestContext request, String reason) {
        LOG.debugf("Request %s failed with %s: %s", RequestIds.of(request), ImsError.REQUEST_FORMAT_INVALID.code(),
                reason);
        return responses.of(ImsError.REQUEST_FORMAT_INVALID, request);
    }

    private static String describe(JacksonException exception) {
        StringBuilder reason = new StringBuilder(exception.getClass().getSimpleName());
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            reason.append(" at field ").append(mapping.getPathReference());
        }
        if (exception.getLocation() != null && exception.getLocation().getLineNr() > 0) {
            reason.append(" at line ")
                    .append(exception.getLocation().getLineNr())
                    .append(", column ")
                    .append(exception.getLocation().getColumnNr());
        }
        return reason.toString();
    }
}
