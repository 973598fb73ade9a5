package io.imsservice.sim;

import io.imsservice.domain.job.JobGate;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/** Control plane of the emulator: reset to fixtures, the credentials to use, and the job gate. */
@Path("/sim/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG, description = "Control plane of the emulator; not part of the IMS API")
public class SimulationResource {
    static final String TAG = "Simulation";
    private static final Logger LOG = Logger.getLogger(SimulationResource.class);

    @Inject
    Simulation simulation;

    @Inject
    JobGate jobGate;

    @POST
    @Path("/reset")
    @Operation(operationId = "SimResetFixtures", summary = "Reset the emulator to the fixtures",
            description = "Reloads the fixtures file and returns every image, job, server and disk to it.")
    @APIResponse(responseCode = "204", description = "Reset done")
    @APIResponse(responseCode = "500", description = "SIM.0007: the fixtures file is missing or invalid; the "
            + "emulator keeps its state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void reset() {
        try {
            simulation.reset();
        } catch (FixturesLoader.InvalidFixturesException e) {
            throw SimError.FIXTURES_INVALID.exception(e.getMessage());
        }
    }

    @GET
    @Path("/projects")
    @Operation(operationId = "SimListProjects", summary = "List projects and their credentials",
            description = "Lists every project of the simulated cloud with the tokens and AK/SK pairs that reach "
                    + "it.")
    @APIResponse(responseCode = "200", description = "Projects, regions and credentials",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimProjects.class)))
    public SimProjects listProjects() {
        return SimProjects.of(simulation.fixtures(), simulation.region(), Instant.now());
    }

    @POST
    @Path("/jobs/hold")
    @Operation(operationId = "SimHoldJobs", summary = "Hold asynchronous jobs in RUNNING",
            description = "Jobs that reach their end wait in RUNNING until the gate is released.")
    @APIResponse(responseCode = "204", description = "Gate held")
    public void holdJobs() {
        jobGate.hold();
        LOG.info("Job gate held");
    }

    @POST
    @Path("/jobs/release")
    @Operation(operationId = "SimReleaseJobs", summary = "Release held jobs",
            description = "Opens the gate and finishes the waiting jobs in the order they arrived.")
    @APIResponse(responseCode = "200", description = "Number of jobs released",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReleasedJobs.class)))
    public ReleasedJobs releaseJobs() {
        int released = jobGate.release();
        LOG.infov("Job gate released {0} jobs", released);
        return new ReleasedJobs(released);
    }

    /** Number of jobs that a release finished. */
    @Schema(name = "SimulatedReleasedJobs")
    public record ReleasedJobs(@Schema(examples = "2") int released) {
    }
}
