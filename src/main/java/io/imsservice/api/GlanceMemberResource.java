package io.imsservice.api;

import io.imsservice.api.auth.CurrentCaller;
import io.imsservice.api.dto.GlanceMemberBody;
import io.imsservice.api.dto.GlanceMemberStatusBody;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import io.imsservice.domain.share.GlanceMembers;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Glance-compatible image members under /v2/images/{image_id}/members. */
@Path("/")
@Tag(name = "Glance images")
@Produces(MediaType.APPLICATION_JSON)
public class GlanceMemberResource {
    private final CurrentCaller currentCaller;
    private final GlanceMembers members;
    private final MemberListing listing;

    public GlanceMemberResource(CurrentCaller currentCaller, GlanceMembers members, MemberListing listing) {
        this.currentCaller = currentCaller;
        this.members = members;
        this.listing = listing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v2/images/{image_id}/members")
    @Operation(operationId = "GlanceAddImageMember", summary = "Share an image with a project")
    public Uni<Map<String, Object>> addImageMember(@PathParam("image_id") String imageId, GlanceMemberBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        String projectId = MemberRequests.requireProjectId("member", body.member());

        return members.addMember(caller, imageId, projectId)
                .map(MemberJson::render);
    }

    @GET
    @Path("v2/images/{image_id}/members")
    @Operation(operationId = "GlanceListImageMembers", summary = "List an image's members")
    public Uni<Map<String, Object>> listImageMembers(@PathParam("image_id") String imageId,
            @QueryParam("limit") String limit, @QueryParam("marker") String marker) {
        Caller caller = currentCaller.get();

        return listing.listMembers(caller, imageId, limit, marker)
                .map(MemberJson::render);
    }

    @GET
    @Path("v2/images/{image_id}/members/{member_id}")
    @Operation(operationId = "GlanceShowImageMember", summary = "Show one member of an image")
    public Uni<Map<String, Object>> showImageMember(@PathParam("image_id") String imageId,
            @PathParam("member_id") String memberId) {
        Caller caller = currentCaller.get();

        return listing.showMember(caller, imageId, memberId)
                .map(MemberJson::render);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("v2/images/{image_id}/members/{member_id}")
    @Operation(operationId = "GlanceUpdateImageMember", summary = "Accept or reject an image shared with the caller")
    public Uni<Map<String, Object>> updateImageMember(@PathParam("image_id") String imageId,
            @PathParam("member_id") String memberId, GlanceMemberStatusBody body) {
        Caller caller = currentCaller.get();
        if (body == null) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        MemberStatus status = MemberRequests.requireDecision(body.status());

        return members.updateMemberStatus(caller, imageId, memberId, status, body.vaultId())
                .map(MemberJson::render);
    }

    @DELETE
    @Path("v2/images/{image_id}/members/{member_id}")
    @Operation(operationId = "GlanceDeleteImageMember", summary = "Stop sharing an image with a project")
    public Uni<RestResponse<Void>> deleteImageMember(@PathParam("image_id") String imageId,
            @PathParam("member_id") String memberId) {
        Caller caller = currentCaller.get();

        return members.removeMember(caller, imageId, memberId)
                .map(ignored -> RestResponse.noContent());
    }
}
