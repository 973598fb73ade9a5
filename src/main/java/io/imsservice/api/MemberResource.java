package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.auth.ProjectPathCheck;
import io.imsservice.api.dto.JobIdResponse;
import io.imsservice.api.dto.MemberBatchBody;
import io.imsservice.api.dto.MemberStatusBatchBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.share.MemberBatches;
import io.imsservice.domain.share.MemberListing;
import io.imsservice.domain.share.MemberStatus;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Image sharing through the IMS extension: batch member jobs under /v1/cloudimages/members and member queries. */
@Path("/")
@Tag(name = "Image sharing", description = "Share private images with other projects of the region")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final CurrentCaller currentCaller;
    private final MemberBatches batches;
    private final MemberListing listing;

    public MemberResource(CurrentCaller currentCaller, MemberBatches batches, MemberListing listing) {
        this.currentCaller = currentCaller;
        this.batches = batches;
        this.listing = listing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v1/cloudimages/members")
    @Operation(operationId = "BatchAddMembers", summary = "Share images with projects (job imsAddImageMembersJob)")
    public Uni<JobIdResponse> batchAddMembers(MemberBatchBody body) {
        Caller caller = currentCaller.get();
        requireBody(body);
        MemberRequests.requireProjectMembersOnly(body.domains(), body.organizations());
        List<String> imageIds = MemberRequests.requireImageIds(body.images());
        List<String> projectIds = MemberRequests.requireProjectIds(body.projects());

        return batches.addMembers(caller, imageIds, projectIds)
                .map(job -> new JobIdResponse(job.id()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v1/cloudimages/members")
    @Operation(operationId = "BatchUpdateMembers",
            summary = "Accept or reject images shared with the caller's project (job imsUpdateImageMembersJob)")
    public Uni<JobIdResponse> batchUpdateMembers(MemberStatusBatchBody body) {
        Caller caller = currentCaller.get();
        requireBody(body);
        List<String> imageIds = MemberRequests.requireImageIds(body.images());
        String projectId = MemberRequests.requireProjectId("project_id", body.projectId());
        MemberStatus status = MemberRequests.requireDecision(body.status());

        return batches.updateMemberStatus(caller, imageIds, projectId, status, body.vaultId())
                .map(job -> new JobIdResponse(job.id()));
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v1/cloudimages/members")
    @Operation(operationId = "BatchDeleteMembers", summary = "Stop sharing images with projects (job "
            + "imsDelImageMembersJob)")
    public Uni<JobIdResponse> batchDeleteMembers(MemberBatchBody body) {
        Caller caller = currentCaller.get();
        requireBody(body);
        MemberRequests.requireProjectMembersOnly(body.domains(), body.organizations());
        List<String> imageIds = MemberRequests.requireImageIds(body.images());
        List<String> projectIds = MemberRequests.requireProjectIds(body.projects());

        return batches.removeMembers(caller, imageIds, projectIds)
                .map(job -> new JobIdResponse(job.id()));
    }

    @GET
    @Path("v1/{project_id}/cloudimages/{image_id}/members")
    @Operation(operationId = "ListImageMembers", summary = "List an image's members, paged with limit and marker")
    public Uni<Map<String, Object>> listImageMembers(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, @QueryParam("limit") String limit,
            @QueryParam("marker") String marker) {
        Caller caller = currentCaller.get();
        ProjectPathCheck.require(caller, projectId);

        return listing.listMembers(caller, imageId, limit, marker)
                .map(MemberJson::render);
    }

    @GET
    @Path("v1/{project_id}/cloudimages/{image_id}/members/{member_id}")
    @Operation(operationId = "ShowImageMember", summary = "Show one member of an image")
    public Uni<Map<String, Object>> showImageMember(@PathParam("project_id") String projectId,
            @PathParam("image_id") String imageId, @PathParam("member_id") String memberId) {
        Caller caller = currentCaller.get();
        ProjectPathCheck.require(caller, projectId);

        return listing.showMember(caller, imageId, memberId)
                .map(MemberJson::render);
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
    }
}
