package io.imsservice.sim;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Writes simulation API errors with their SIM code and status. */
public class SimExceptionMapper {
    private static final Logger LOG = Logger.getLogger(SimExceptionMapper.class);

    @ServerExceptionMapper
    public Response toResponse(SimException exception) {
        SimError error = exception.error();
        if (error.status() >= 500) {
            LOG.errorv("Simulation request failed with {0}: {1}", error.code(), exception.getMessage());
        } else {
            LOG.debugv("Simulation request rejected with {0}: {1}", error.code(), exception.getMessage());
        }
        return response(error, exception.getMessage());
    }

    static Response response(SimError error, String message) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SimErrorBody.of(error, message))
                .build();
    }
}
