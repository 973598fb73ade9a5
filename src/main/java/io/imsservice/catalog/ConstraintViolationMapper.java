package io.imsservice.catalog;

import io.imsservice.api.RequestIds;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps Bean Validation failures to catalog errors. Each constraint's message is the name of an {@link ImsError}
 * constant; when several constraints fail, the constant with the lowest ordinal wins, so the response does not
 * depend on the order in which the validator reports them. A message that names no constant counts as IMG.0001.
 */
public class ConstraintViolationMapper {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class);

    @Inject
    ErrorResponses responses;

    @ServerExceptionMapper
    public Response mapViolations(ConstraintViolationException exception, ContainerRequestContext request) {
        String requestId = RequestIds.of(request);
        List<ConstraintViolation<?>> violations = new ArrayList<>(exception.getConstraintViolations());

        if (violations.stream().anyMatch(ConstraintViolationMapper::isReturnValue)) {
            // A response that breaks its own constraints is a defect of the service, not of the request.
            LOG.errorf(exception, "Request %s failed: the response violates its constraints", requestId);
            return responses.internalError(request);
        }

        ImsError error = violations.stream()
                .map(ConstraintViolationMapper::errorOf)
                .min(Comparator.naturalOrder())
                .orElse(ImsError.REQUEST_FORMAT_INVALID);

        // Property paths only: the invalid values may be secrets from the body.
        LOG.debugf("Request %s failed with %s: constraints violated at %s", requestId, error.code(),
                violations.stream()
                        .map(violation -> violation.getPropertyPath() + " (" + violation.getMessageTemplate() + ")")
                        .sorted()
                        .toList());
        return responses.of(error, request);
    }

    private static ImsError errorOf(ConstraintViolation<?> violation) {
        try {
            return ImsError.valueOf(violation.getMessageTemplate());
        } catch (IllegalArgumentException e) {
            return ImsError.REQUEST_FORMAT_INVALID;
        }
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
