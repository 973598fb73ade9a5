package io.imsservice.api.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The probe on a path with a project id, as IMS has in {@code /v1/{project_id}/jobs/{job_id}}. */
@Path("/v1/{project_id}/auth-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectCallerProbeResource {

    @Inject
    CurrentCaller currentCaller;

    @GET
    public CallerProbeResource.Probe show(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return CallerProbeResource.probe(currentCaller, uriInfo, headers, null);
    }
}
