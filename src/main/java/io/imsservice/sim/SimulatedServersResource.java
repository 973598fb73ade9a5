package io.imsservice.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.ComputePort.Server;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Servers of the simulated cloud. Bodies are taken as text and parsed by {@link SimJson}, so that a malformed body
 * gets a SIM error response.
 */
@Path("/sim/v1/servers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedServersResource {

    @Inject
    CloudInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListServers", summary = "List simulated servers")
    @APIResponse(responseCode = "200", description = "Servers in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServerList.class)))
    public ServerList listServers(
            @Parameter(description = "Only servers of this project") @QueryParam("project_id") String projectId) {
        return new ServerList(inventory.listServers(projectId).stream()
                .map(SimServer::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateServer", summary = "Create a simulated server",
            description = "Creates a server and attaches the disks it lists; an available disk turns in-use.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimServer.class)))
    @APIResponse(responseCode = "201", description = "Server created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimServer.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown project or unusable disk", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: a server with this id exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createServer(String body) {
        SimServer request = json.validate(json.convert(json.parseObject(body), SimServer.class));

        Server server = inventory.createServer(request);

        return Response.created(URI.create("/sim/v1/servers/" + server.id()))
                .entity(SimServer.of(server))
                .build();
    }

    @GET
    @Path("/{server_id}")
    @Operation(operationId = "SimShowServer", summary = "Show a simulated server")
    @APIResponse(responseCode = "200", description = "The server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimServer.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimServer showServer(@PathParam("server_id") String serverId) {
        return SimServer.of(inventory.getServer(serverId));
    }

    @PATCH
    @Path("/{server_id}")
    @Operation(operationId = "SimUpdateServer", summary = "Update a simulated server",
            description = "Merges the body into the server as a JSON merge patch: a field left out keeps its "
                    + "value, a field set to null is cleared or takes its default. Changing the disk lists "
                    + "detaches and attaches disks.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimServer.class)))
    @APIResponse(responseCode = "200", description = "The updated server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimServer.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid or read-only "
            + "field, SIM.0003 unusable disk", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimServer updateServer(@PathParam("server_id") String serverId, String body) {
        ObjectNode patch = json.parseObject(body);

        return SimServer.of(inventory.updateServer(serverId, current -> json.merge(current, patch, SimServer.class)));
    }

    @DELETE
    @Path("/{server_id}")
    @Operation(operationId = "SimDeleteServer", summary = "Delete a simulated server",
            description = "Deletes the server; its disks are detached and stay.")
    @APIResponse(responseCode = "204", description = "Server deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such server",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteServer(@PathParam("server_id") String serverId) {
        inventory.deleteServer(serverId);
    }

    /** Body of the server list. */
    @Schema(name = "SimulatedServerList")
    public record ServerList(List<SimServer> servers) {
    }
}
