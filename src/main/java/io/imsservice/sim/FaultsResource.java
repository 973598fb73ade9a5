package io.imsservice.sim;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.domain.fault.ArmedFault;
import io.imsservice.domain.fault.DependencyFaults;
import io.imsservice.domain.fault.DependencyOperation;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Faults injected into the calls IMS makes to IAM, ECS, EPS, object storage and its job engine. An armed fault makes
 * the named operation fail with its IMS code, on the request or as a failed job, once, a number of times or until
 * cleared. A reset clears every fault.
 */
@Path("/sim/v1/faults")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class FaultsResource {
    private static final String OPERATION_NAMES = Arrays.stream(DependencyOperation.values())
            .map(DependencyOperation::wireName)
            .collect(Collectors.joining(", "));

    @Inject
    DependencyFaults faults;

    @Inject
    ErrorCatalog catalog;

    @Inject
    Simulation simulation;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListFaults", summary = "List armed faults",
            description = "Lists the armed faults in the order they fire.")
    @APIResponse(responseCode = "200", description = "Armed faults",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FaultList.class)))
    public FaultList listFaults() {
        return new FaultList(faults.list().stream()
                .map(this::render)
                .toList());
    }

    @GET
    @Path("/operations")
    @Operation(operationId = "SimListFaultOperations", summary = "List the operations that faults can fail",
            description = "Lists every dependency operation with the IMS code and message its failure returns.")
    @APIResponse(responseCode = "200", description = "Dependency operations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OperationList.class)))
    public OperationList listOperations() {
        return new OperationList(Arrays.stream(DependencyOperation.values())
                .map(operation -> {
                    CatalogEntry entry = catalog.entry(operation.error());
                    return new OperationView(operation.wireName(), entry.code(), entry.message());
                })
                .toList());
    }

    @POST
    @Operation(operationId = "SimInjectFault", summary = "Inject a failure into a dependency operation",
            description = "Arms a fault. Calls of the operation, of every project or of one, fail with its IMS "
                    + "code: the next call only, the number of calls in times, or every call until the fault is "
                    + "cleared. When several faults match a call, the one armed first fires.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimFaultRequest.class)))
    @APIResponse(responseCode = "201", description = "Fault armed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimFault.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 unknown operation or "
            + "invalid field, SIM.0003 unknown project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response injectFault(String body) {
        SimFaultRequest request = json.validate(json.convert(json.parseObject(body), SimFaultRequest.class));
        DependencyOperation operation = DependencyOperation.fromWireName(request.operation())
                .orElseThrow(() -> SimError.FIELD_INVALID.exception("Field 'operation' must be one of "
                        + OPERATION_NAMES));
        boolean untilCleared = Boolean.TRUE.equals(request.untilCleared());
        if (untilCleared && request.times() != null) {
            throw SimError.FIELD_INVALID.exception("Field 'times' cannot be combined with 'until_cleared': true");
        }
        if (request.projectId() != null && simulation.project(request.projectId()).isEmpty()) {
            throw SimError.REFERENCE_INVALID.exception("Project " + request.projectId() + " not found");
        }
        Integer times = request.times() == null ? 1 : request.times();

        ArmedFault fault = faults.arm(operation, request.projectId(), untilCleared ? null : times);

        return Response.created(URI.create("/sim/v1/faults/" + fault.id()))
                .entity(render(fault))
                .build();
    }

    @DELETE
    @Path("/{fault_id}")
    @Operation(operationId = "SimClearFault", summary = "Clear one fault")
    @APIResponse(responseCode = "204", description = "Fault cleared")
    @APIResponse(responseCode = "404", description = "SIM.0004: no armed fault has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void clearFault(@PathParam("fault_id") String faultId) {
        if (!faults.clear(faultId)) {
            throw SimError.NOT_FOUND.exception("Fault " + faultId + " not found; it may have fired its last time");
        }
    }

    @DELETE
    @Operation(operationId = "SimClearFaults", summary = "Clear every fault")
    @APIResponse(responseCode = "204", description = "Every fault cleared")
    public void clearFaults() {
        faults.clearAll();
    }

    private SimFault render(ArmedFault fault) {
        return SimFault.of(fault, catalog.entry(fault.operation().error()));
    }

    /** Body of the fault list. */
    @Schema(name = "SimulatedFaultList")
    public record FaultList(List<SimFault> faults) {
    }

    /** A dependency operation with the IMS error its failure returns. */
    @Schema(name = "SimulatedFaultOperation")
    public record OperationView(@Schema(examples = "job_submission") String operation,
            @Schema(examples = "IMG.0018") String code,
            @Schema(examples = "An error occurred when the job was submitted.") String message) {
    }

    /** Body of the operation list. */
    @Schema(name = "SimulatedFaultOperationList")
    public record OperationList(List<OperationView> operations) {
    }
}
