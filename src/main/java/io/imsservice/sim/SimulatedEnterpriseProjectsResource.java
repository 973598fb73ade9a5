package io.imsservice.sim;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.EnterpriseProjectPort.EnterpriseProject;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enterprise projects of the simulated cloud; the default one, {@code 0}, is implicit and not listed. */
@Path("/sim/v1/enterprise-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedEnterpriseProjectsResource {

    @Inject
    NeighbourInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListEnterpriseProjects", summary = "List simulated enterprise projects")
    @APIResponse(responseCode = "200", description = "Enterprise projects in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnterpriseProjectList.class)))
    public EnterpriseProjectList listEnterpriseProjects() {
        return new EnterpriseProjectList(inventory.listEnterpriseProjects().stream()
                .map(SimEnterpriseProject::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateEnterpriseProject", summary = "Create a simulated enterprise project")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimEnterpriseProject.class)))
    @APIResponse(responseCode = "201", description = "Enterprise project created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimEnterpriseProject.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown domain", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: an enterprise project with this id exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createEnterpriseProject(String body) {
        SimEnterpriseProject request = json.validate(json.convert(json.parseObject(body),
                SimEnterpriseProject.class));

        EnterpriseProject project = inventory.createEnterpriseProject(request);

        return Response.created(URI.create("/sim/v1/enterprise-projects/" + project.id()))
                .entity(SimEnterpriseProject.of(project))
                .build();
    }

    @GET
    @Path("/{enterprise_project_id}")
    @Operation(operationId = "SimShowEnterpriseProject", summary = "Show a simulated enterprise project")
    @APIResponse(responseCode = "200", description = "The enterprise project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimEnterpriseProject.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such enterprise project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimEnterpriseProject showEnterpriseProject(@PathParam("enterprise_project_id") String id) {
        return SimEnterpriseProject.of(inventory.getEnterpriseProject(id));
    }

    @PATCH
    @Path("/{enterprise_project_id}")
    @Operation(operationId = "SimUpdateEnterpriseProject", summary = "Update a simulated enterprise project",
            description = "Merges the body into the enterprise project as a JSON merge patch, such as "
                    + "{\"enabled\": false}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimEnterpriseProject.class)))
    @APIResponse(responseCode = "200", description = "The updated enterprise project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimEnterpriseProject.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such enterprise project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimEnterpriseProject updateEnterpriseProject(@PathParam("enterprise_project_id") String id,
            String body) {
        ObjectNode patch = json.parseObject(body);

        return SimEnterpriseProject.of(inventory.updateEnterpriseProject(id,
                current -> json.merge(current, patch, SimEnterpriseProject.class)));
    }

    @DELETE
    @Path("/{enterprise_project_id}")
    @Operation(operationId = "SimDeleteEnterpriseProject", summary = "Delete a simulated enterprise project")
    @APIResponse(responseCode = "204", description = "Enterprise project deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such enterprise project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteEnterpriseProject(@PathParam("enterprise_project_id") String id) {
        inventory.deleteEnterpriseProject(id);
    }

    /** Body of the enterprise project list. */
    @Schema(name = "SimulatedEnterpriseProjectList")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record EnterpriseProjectList(List<SimEnterpriseProject> enterpriseProjects) {
    }
}
