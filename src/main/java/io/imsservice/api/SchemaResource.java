package io.imsservice.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.imsservice.catalog.GatewayError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Glance JSON schemas, which the glance and openstack CLIs fetch before any image call. */
@Path("/")
@Tag(name = "Glance images")
@Produces(MediaType.APPLICATION_JSON)
public class SchemaResource {
    private static final Set<String> SCHEMAS = Set.of("image", "images", "member", "members");
    private final Map<String, String> loaded = new ConcurrentHashMap<>();

    @GET
    @Path("v2/schemas/{schema}")
    @Operation(operationId = "GlanceShowSchema", summary = "Show the image, images, member or members schema")
    public Response showSchema(@PathParam("schema") String schema, @Context ContainerRequestContext request) {
        if (!SCHEMAS.contains(schema)) {
            return GatewayError.API_NOT_FOUND.toResponse(RequestIds.of(request));
        }
        return Response.ok(loaded.computeIfAbsent(schema, SchemaResource::read), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    private static String read(String schema) {
        String resource = "glance-schemas/" + schema + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Schema resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
