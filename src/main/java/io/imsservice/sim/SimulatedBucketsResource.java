package io.imsservice.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imsservice.cloud.ObjectStoragePort.Bucket;
import io.imsservice.cloud.ObjectStoragePort.StoredObject;
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

/**
 * OBS buckets of the simulated cloud and the objects in them. Object keys may contain slashes, so the key is the
 * rest of the path after {@code /objects/}.
 */
@Path("/sim/v1/buckets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SimulationResource.TAG)
public class SimulatedBucketsResource {

    @Inject
    NeighbourInventory inventory;

    @Inject
    SimJson json;

    @GET
    @Operation(operationId = "SimListBuckets", summary = "List simulated OBS buckets")
    @APIResponse(responseCode = "200", description = "Buckets in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BucketList.class)))
    public BucketList listBuckets() {
        return new BucketList(inventory.listBuckets().stream()
                .map(SimBucket::of)
                .toList());
    }

    @POST
    @Operation(operationId = "SimCreateBucket", summary = "Create a simulated OBS bucket")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimBucket.class)))
    @APIResponse(responseCode = "201", description = "Bucket created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBucket.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field, "
            + "SIM.0003 unknown region", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: a bucket with this name exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createBucket(String body) {
        SimBucket request = json.validate(json.convert(json.parseObject(body), SimBucket.class));

        Bucket bucket = inventory.createBucket(request);

        return Response.created(URI.create("/sim/v1/buckets/" + bucket.name()))
                .entity(SimBucket.of(bucket))
                .build();
    }

    @GET
    @Path("/{bucket}")
    @Operation(operationId = "SimShowBucket", summary = "Show a simulated OBS bucket")
    @APIResponse(responseCode = "200", description = "The bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBucket.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimBucket showBucket(@PathParam("bucket") String bucketName) {
        return SimBucket.of(inventory.getBucket(bucketName));
    }

    @PATCH
    @Path("/{bucket}")
    @Operation(operationId = "SimUpdateBucket", summary = "Update a simulated OBS bucket",
            description = "Merges the body into the bucket as a JSON merge patch, such as {\"accessible\": false}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimBucket.class)))
    @APIResponse(responseCode = "200", description = "The updated bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimBucket.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimBucket updateBucket(@PathParam("bucket") String bucketName, String body) {
        ObjectNode patch = json.parseObject(body);

        return SimBucket.of(inventory.updateBucket(bucketName,
                current -> json.merge(current, patch, SimBucket.class)));
    }

    @DELETE
    @Path("/{bucket}")
    @Operation(operationId = "SimDeleteBucket", summary = "Delete a simulated OBS bucket with its objects")
    @APIResponse(responseCode = "204", description = "Bucket deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteBucket(@PathParam("bucket") String bucketName) {
        inventory.deleteBucket(bucketName);
    }

    @GET
    @Path("/{bucket}/objects")
    @Operation(operationId = "SimListObjects", summary = "List the objects of a simulated OBS bucket")
    @APIResponse(responseCode = "200", description = "Objects in the order they were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObjectList.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public ObjectList listObjects(@PathParam("bucket") String bucketName) {
        return new ObjectList(inventory.listObjects(bucketName).stream()
                .map(SimObject::of)
                .toList());
    }

    @POST
    @Path("/{bucket}/objects")
    @Operation(operationId = "SimCreateObject", summary = "Create an object in a simulated OBS bucket")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimObject.class)))
    @APIResponse(responseCode = "201", description = "Object created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimObject.class)))
    @APIResponse(responseCode = "400", description = "SIM.0001 malformed body, SIM.0002 invalid field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "SIM.0005: an object with this key exists",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public Response createObject(@PathParam("bucket") String bucketName, String body) {
        SimObject request = json.validate(json.convert(json.parseObject(body), SimObject.class));

        StoredObject object = inventory.createObject(bucketName, request);

        return Response.created(URI.create("/sim/v1/buckets/" + bucketName + "/objects/" + object.key()))
                .entity(SimObject.of(object))
                .build();
    }

    @GET
    @Path("/{bucket}/objects/{key: .+}")
    @Operation(operationId = "SimShowObject", summary = "Show an object of a simulated OBS bucket")
    @APIResponse(responseCode = "200", description = "The object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimObject.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket or object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimObject showObject(@PathParam("bucket") String bucketName, @PathParam("key") String key) {
        return SimObject.of(inventory.getObject(bucketName, key));
    }

    @PATCH
    @Path("/{bucket}/objects/{key: .+}")
    @Operation(operationId = "SimUpdateObject", summary = "Update an object of a simulated OBS bucket",
            description = "Merges the body into the object as a JSON merge patch, such as {\"size_bytes\": 0}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SimObject.class)))
    @APIResponse(responseCode = "200", description = "The updated object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimObject.class)))
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket or object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public SimObject updateObject(@PathParam("bucket") String bucketName, @PathParam("key") String key,
            String body) {
        ObjectNode patch = json.parseObject(body);

        return SimObject.of(inventory.updateObject(bucketName, key,
                current -> json.merge(current, patch, SimObject.class)));
    }

    @DELETE
    @Path("/{bucket}/objects/{key: .+}")
    @Operation(operationId = "SimDeleteObject", summary = "Delete an object of a simulated OBS bucket")
    @APIResponse(responseCode = "204", description = "Object deleted")
    @APIResponse(responseCode = "404", description = "SIM.0004: no such bucket or object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SimErrorBody.class)))
    public void deleteObject(@PathParam("bucket") String bucketName, @PathParam("key") String key) {
        inventory.deleteObject(bucketName, key);
    }

    /** Body of the bucket list. */
    @Schema(name = "SimulatedBucketList")
    public record BucketList(List<SimBucket> buckets) {
    }

    /** Body of the object list of a bucket. */
    @Schema(name = "SimulatedObjectList")
    public record ObjectList(List<SimObject> objects) {
    }
}
