package io.imsservice.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API version discovery: GET / and GET /{version} return 300 Multiple Choices, as Glance does. */
@Path("/")
@Tag(name = "Versions", description = "API version discovery")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {
    private static final int MULTIPLE_CHOICES = 300;

    /** Versions with their status and the path their links point to. */
    private record ApiVersion(String id, String status, String path) {
    }

    private static final List<ApiVersion> VERSIONS = List.of(
            new ApiVersion("v2.2", "CURRENT", "v2/"),
            new ApiVersion("v2.1", "SUPPORTED", "v2/"),
            new ApiVersion("v2.0", "SUPPORTED", "v2/"),
            new ApiVersion("v1.1", "DEPRECATED", "v1/"),
            new ApiVersion("v1.0", "DEPRECATED", "v1/"));

    @GET
    @Operation(operationId = "ListVersions", summary = "List the API versions")
    public Response listVersions(@Context UriInfo uriInfo) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ApiVersion version : VERSIONS) {
            versions.add(render(version, uriInfo));
        }
        return Response.status(MULTIPLE_CHOICES).entity(Map.of("versions", versions)).build();
    }

    @GET
    @Path("{version: v[12](\\.[0-9])?}")
    @Operation(operationId = "ShowVersion", summary = "Show one API version")
    public Response showVersion(@PathParam("version") String version, @Context UriInfo uriInfo) {
        String id = version.contains(".") ? version : version + ".0";
        ApiVersion match = VERSIONS.stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return Response.status(MULTIPLE_CHOICES)
                .entity(Map.of("versions", List.of(render(match, uriInfo))))
                .build();
    }

    private static Map<String, Object> render(ApiVersion version, UriInfo uriInfo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", version.id());
        json.put("status", version.status());
        json.put("links", List.of(Map.of("href", uriInfo.getBaseUri() + version.path(), "rel", "self")));
        return json;
    }
}
