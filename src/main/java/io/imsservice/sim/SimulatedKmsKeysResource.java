package io.imsservice.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.KmsPort.Key;
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

/** KMS keys of the simulated cloud. */
@Path("/sim/v1/kms-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedKmsKeysResource {

    @Inject
    NeighbourInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListKmsKeys", summary = "List simulated KMS keys")
    @APIResponse(responseCode = "200", description = "Keys in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KeyList.class)))
    public KeyList listKeys() {
        return new KeyList(inventory.listKmsKeys().stream()
                .map(SimKmsKey::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateKmsKey", summary = "Create a simulated KMS key")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimKmsKey.class)))
    @APIResponse(responseCode = "201", description = "Key created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimKmsKey.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown project", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: a key with this id exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createKey(String body) {
        SimKmsKey request = json.validate(json.convert(json.parseObject(body), SimKmsKey.class));

        Key key = inventory.createKmsKey(request);

        return Response.created(URI.create("/sim/v1/kms-keys/" + key.id()))
                .entity(SimKmsKey.of(key))
                .build();
    }

    @GET
    @Path("/{key_id}")
    @Operation(operationId = "SimShowKmsKey", summary = "Show a simulated KMS key")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimKmsKey.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimKmsKey showKey(@PathParam("key_id") String keyId) {
        return SimKmsKey.of(inventory.getKmsKey(keyId));
    }

    @PATCH
    @Path("/{key_id}")
    @Operation(operationId = "SimUpdateKmsKey", summary = "Update a simulated KMS key",
            description = "Merges the body into the key as a JSON merge patch, such as {\"enabled\": false}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimKmsKey.class)))
    @APIResponse(responseCode = "200", description = "The updated key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimKmsKey.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimKmsKey updateKey(@PathParam("key_id") String keyId, String body) {
        ObjectNode patch = json.parseObject(body);

        return SimKmsKey.of(inventory.updateKmsKey(keyId, current -> json.merge(current, patch, SimKmsKey.class)));
    }

    @DELETE
    @Path("/{key_id}")
    @Operation(operationId = "SimDeleteKmsKey", summary = "Delete a simulated KMS key")
    @APIResponse(responseCode = "204", description = "Key deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteKey(@PathParam("key_id") String keyId) {
        inventory.deleteKmsKey(keyId);
    }

    /** Body of the key list. */
    @Schema(name = "SimulatedKmsKeyList")
    public record KeyList(List<SimKmsKey> keys) {
    }
}
