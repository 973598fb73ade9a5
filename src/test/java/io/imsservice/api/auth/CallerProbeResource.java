package io.imsservice.api.auth;

import io.imsservice.domain.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-only resource behind the authentication filter. It returns the authenticated caller, the decoded query and
 * the body it received, so tests can check what the filter let through.
 */
@Path("/auth-probe")
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {

    /** What the resource saw of the request. */
    public record Probe(Caller caller, boolean readOnly, Map<String, List<String>> query, String body,
            String transferEncoding) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    public Probe show(@Context UriInfo uriInfo, @Context HttpHeaders headers) {
        return probe(currentCaller, uriInfo, headers, null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Probe post(@Context UriInfo uriInfo, @Context HttpHeaders headers, String body) {
        return probe(currentCaller, uriInfo, headers, body);
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Probe put(@Context UriInfo uriInfo, @Context HttpHeaders headers, String body) {
        return probe(currentCaller, uriInfo, headers, body);
    }

    static Probe probe(CurrentCaller currentCaller, UriInfo uriInfo, HttpHeaders headers, String body) {
        Caller caller = currentCaller.get();
        return new Probe(caller, caller.readOnly(), new TreeMap<>(uriInfo.getQueryParameters()), body,
                headers.getHeaderString("Transfer-Encoding"));
    }
}
