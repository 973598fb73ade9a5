package io.imsservice.sim;

import io.imsservice.cloud.IdentityPort.Agency;
import io.imsservice.cloud.IdentityPort.Project;
import io.imsservice.cloud.sim.SimulatedIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** IAM agencies of the simulated cloud, which a cross-region copy names in {@code agency_name}. */
@Path("/sim/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedAgenciesResource {
    private static final Logger LOG = Logger.getLogger(SimulatedAgenciesResource.class);

    @Inject
    SimulatedIdentity identity;

    @Inject
    Simulation simulation;

    @Inject
    CloudInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListAgencies", summary = "List simulated IAM agencies")
    @APIResponse(responseCode = "200", description = "Agencies in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgencyList.class)))
    public AgencyList listAgencies(
            @Parameter(description = "Only agencies of this account") @QueryParam("domain_id") String domainId) {
        return new AgencyList(identity.agencies().stream()
                .filter(agency -> domainId == null || agency.domainId().equals(domainId))
                .map(SimAgency::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateAgency", summary = "Create a simulated IAM agency",
            description = "Creates an agency that grants IMS rights in the listed projects of its account.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimAgency.class)))
    @APIResponse(responseCode = "201", description = "Agency created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimAgency.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown domain or a project of another domain",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: the account has an agency of this name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createAgency(String body) {
        SimAgency request = json.validate(json.convert(json.parseObject(body), SimAgency.class));
        Set<String> projectIds = new LinkedHashSet<>(Objects.requireNonNullElse(request.imsProjectIds(), List.of()));
        Agency agency = new Agency(request.name(), request.domainId(), Set.copyOf(projectIds));

        inventory.runExclusively(() -> create(agency, projectIds));

        LOG.infov("Simulated agency {0} created in domain {1}", agency.name(), agency.domainId());
        return Response.status(Response.Status.CREATED)
                .entity(SimAgency.of(agency))
                .build();
    }

    private void create(Agency agency, Set<String> projectIds) {
        boolean knownDomain = simulation.fixtures().domains().stream()
                .anyMatch(domain -> domain.id().equals(agency.domainId()));
        if (!knownDomain) {
            throw SimError.REFERENCE_INVALID.exception("Domain " + agency.domainId() + " not found: use a "
                    + "domain_id that GET /sim/v1/projects lists");
        }
        for (String projectId : projectIds) {
            Project project = identity.project(projectId)
                    .orElseThrow(() -> SimError.REFERENCE_INVALID.exception("Project " + projectId + " not found"));
            if (!project.domainId().equals(agency.domainId())) {
                throw SimError.REFERENCE_INVALID.exception("Project " + projectId + " belongs to domain "
                        + project.domainId() + ", not to the agency's domain " + agency.domainId());
            }
        }
        if (identity.agency(agency.domainId(), agency.name()).isPresent()) {
            throw SimError.ALREADY_EXISTS.exception("Agency " + agency.name() + " already exists in domain "
                    + agency.domainId());
        }
        identity.saveAgency(agency);
    }

    /** Body of the agency list. */
    @Schema(name = "SimulatedAgencyList")
    public record AgencyList(List<SimAgency> agencies) {
    }
}
