package io.imsservice.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.BlockStoragePort.Disk;
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
 * Disks of the simulated cloud. A disk is attached by listing it on a server through
 * {@link SimulatedServersResource}; here its {@code server_id} is read-only.
 */
@Path("/sim/v1/disks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedDisksResource {

    @Inject
    CloudInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListDisks", summary = "List simulated disks")
    @APIResponse(responseCode = "200", description = "Disks in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DiskList.class)))
    public DiskList listDisks(
            @Parameter(description = "Only disks of this project") @QueryParam("project_id") String projectId) {
        return new DiskList(inventory.listDisks(projectId).stream()
                .map(SimDisk::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateDisk", summary = "Create a simulated disk",
            description = "Creates an unattached disk; attach it by listing it on a server.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimDisk.class)))
    @APIResponse(responseCode = "201", description = "Disk created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimDisk.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid or read-only "
            + "field, SIM.0003 unknown project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: a disk with this id exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createDisk(String body) {
        SimDisk request = json.validate(json.convert(json.parseObject(body), SimDisk.class));

        Disk disk = inventory.createDisk(request);

        return Response.created(URI.create("/sim/v1/disks/" + disk.id()))
                .entity(SimDisk.of(disk))
                .build();
    }

    @GET
    @Path("/{disk_id}")
    @Operation(operationId = "SimShowDisk", summary = "Show a simulated disk")
    @APIResponse(responseCode = "200", description = "The disk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimDisk.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such disk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimDisk showDisk(@PathParam("disk_id") String diskId) {
        return SimDisk.of(inventory.getDisk(diskId));
    }

    @PATCH
    @Path("/{disk_id}")
    @Operation(operationId = "SimUpdateDisk", summary = "Update a simulated disk",
            description = "Merges the body into the disk as a JSON merge patch: a field left out keeps its value, "
                    + "a field set to null takes its default.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimDisk.class)))
    @APIResponse(responseCode = "200", description = "The updated disk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimDisk.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid or read-only "
            + "field", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such disk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimDisk updateDisk(@PathParam("disk_id") String diskId, String body) {
        ObjectNode patch = json.parseObject(body);

        return SimDisk.of(inventory.updateDisk(diskId, current -> json.merge(current, patch, SimDisk.class)));
    }

    @DELETE
    @Path("/{disk_id}")
    @Operation(operationId = "SimDeleteDisk", summary = "Delete a simulated disk",
            description = "Deletes the disk and removes it from the server it was attached to.")
    @APIResponse(responseCode = "204", description = "Disk deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such disk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteDisk(@PathParam("disk_id") String diskId) {
        inventory.deleteDisk(diskId);
    }

    /** Body of the disk list. */
    @Schema(name = "SimulatedDiskList")
    public record DiskList(List<SimDisk> disks) {
    }
}
