package io.imsservice.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoints that fail in every way the error mappers handle, on an extension path and on a Glance-native
 * path.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ErrorTestResource {

    /** Request body whose constraints map to catalog errors, plus one constraint with a message that is no name. */
    public record ImageRequest(
            @NotBlank(message = "IMAGE_NAME_MISSING")
            @Size(max = 128, message = "IMAGE_NAME_TOO_LONG")
            @Pattern(regexp = "[A-Za-z0-9 ._-]*", message = "IMAGE_NAME_FORMAT_INVALID")
            String name,
            @Size(max = 1024, message = "IMAGE_DESCRIPTION_TOO_LONG")
            String description,
            @Max(value = 1024, message = "the disk is too large")
            Integer minDisk) {
    }

    /** Response that breaks its own constraint, to test return-value validation. */
    public record BrokenResponse(@NotNull(message = "IMAGE_NAME_MISSING") String name) {
    }

    @GET
    @Path("/test-errors/ims/{error}")
    public String throwOnExtensionPath(@PathParam("error") String error) {
        throw ImsError.valueOf(error).exception("thrown by the test resource");
    }

    @GET
    @Path("/v2/images/test-errors/ims/{error}")
    public String throwOnGlancePath(@PathParam("error") String error) {
        throw ImsError.valueOf(error).exception("thrown by the test resource");
    }

    @POST
    @Path("/test-errors/body")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImageRequest acceptOnExtensionPath(@NotNull(message = "REQUEST_BODY_EMPTY") @Valid ImageRequest body) {
        return body;
    }

    @POST
    @Path("/v2/images/test-errors/body")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImageRequest acceptOnGlancePath(@NotNull(message = "REQUEST_BODY_EMPTY") @Valid ImageRequest body) {
        return body;
    }

    @GET
    @Path("/test-errors/limit")
    public int echoLimit(@QueryParam("limit") int limit) {
        return limit;
    }

    @GET
    @Path("/test-errors/crash")
    public String crash() {
        throw new IllegalStateException("secret-internal-detail");
    }

    @GET
    @Path("/test-errors/web-application/{status}")
    public String throwWebApplicationException(@PathParam("status") int status) {
        throw new WebApplicationException("secret-internal-detail", status);
    }

    @GET
    @Path("/test-errors/broken-response")
    @Valid
    public BrokenResponse brokenResponse() {
        return new BrokenResponse(null);
    }
}
