package io.imsservice.sim;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Returns 404 on every {@code /sim} path when {@code ims.simulation.enabled} is false. The switch is read at run
 * time, so one build serves both as a test double and as a plain emulator without a control plane.
 */
public class SimulationSwitch {

    @ConfigProperty(name = "ims.simulation.enabled", defaultValue = "true")
    boolean enabled;

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response rejectWhenDisabled(ContainerRequestContext request) {
        if (enabled || !isSimulationPath(request.getUriInfo().getPath())) {
            return null;
        }
        return SimExceptionMapper.response(SimError.DISABLED,
                "The simulation API is disabled: start the service with ims.simulation.enabled=true to use it");
    }

    static boolean isSimulationPath(String path) {
        return path.equals("/sim") || path.startsWith("/sim/");
    }
}
