package io.imsservice.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.BackupPort.Backup;
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

/** CSBS and CBR backups of the simulated cloud. */
@Path("/sim/v1/backups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedBackupsResource {

    @Inject
    NeighbourInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListBackups", summary = "List simulated backups")
    @APIResponse(responseCode = "200", description = "Backups in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BackupList.class)))
    public BackupList listBackups(
            @Parameter(description = "Only backups of this project") @QueryParam("project_id") String projectId) {
        return new BackupList(inventory.listBackups(projectId).stream()
                .map(SimBackup::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateBackup", summary = "Create a simulated backup")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimBackup.class)))
    @APIResponse(responseCode = "201", description = "Backup created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBackup.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: a backup with this id exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createBackup(String body) {
        SimBackup request = json.validate(json.convert(json.parseObject(body), SimBackup.class));

        Backup backup = inventory.createBackup(request);

        return Response.created(URI.create("/sim/v1/backups/" + backup.id()))
                .entity(SimBackup.of(backup))
                .build();
    }

    @GET
    @Path("/{backup_id}")
    @Operation(operationId = "SimShowBackup", summary = "Show a simulated backup")
    @APIResponse(responseCode = "200", description = "The backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBackup.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimBackup showBackup(@PathParam("backup_id") String backupId) {
        return SimBackup.of(inventory.getBackup(backupId));
    }

    @PATCH
    @Path("/{backup_id}")
    @Operation(operationId = "SimUpdateBackup", summary = "Update a simulated backup",
            description = "Merges the body into the backup as a JSON merge patch, such as {\"status\": \"error\"}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimBackup.class)))
    @APIResponse(responseCode = "200", description = "The updated backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBackup.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid or read-only "
            + "field", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimBackup updateBackup(@PathParam("backup_id") String backupId, String body) {
        ObjectNode patch = json.parseObject(body);

        return SimBackup.of(inventory.updateBackup(backupId, current -> json.merge(current, patch, SimBackup.class)));
    }

    @DELETE
    @Path("/{backup_id}")
    @Operation(operationId = "SimDeleteBackup", summary = "Delete a simulated backup")
    @APIResponse(responseCode = "204", description = "Backup deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such backup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteBackup(@PathParam("backup_id") String backupId) {
        inventory.deleteBackup(backupId);
    }

    /** Body of the backup list. */
    @Schema(name = "SimulatedBackupList")
    public record BackupList(List<SimBackup> backups) {
    }
}
