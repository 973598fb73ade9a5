package io.imsservice.catalog;

import io.imsservice.api.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Builds every IMS-shaped error response, so that all exception mappers send the same body, content type and
 * {@code X-Request-Id} header.
 */
@ApplicationScoped
public class ErrorResponses {

    /** Code of the generic 500 body. The IMS table documents no code for internal errors, so this one is made up. */
    public static final String INTERNAL_ERROR_CODE = "IMG.0500";

    /** Message of the generic 500 body; it never carries exception details. */
    public static final String INTERNAL_ERROR_MESSAGE =
            "Internal server error. Report the X-Request-Id header value to the operator.";

    @Inject
    ErrorCatalog catalog;

    /**
     * Builds the response of a catalog error: the kind's status on Glance-native paths, the catalog status
     * elsewhere, and the catalog message verbatim.
     */
    public Response of(ImsError error, ContainerRequestContext request) {
        CatalogEntry entry = catalog.entry(error);
        int status = GlancePaths.isGlanceNative(request.getUriInfo().getPath())
                ? entry.kind().glanceStatus()
                : entry.status();
        return json(status, ImsErrorBody.of(entry.code(), entry.message()), RequestIds.of(request));
    }

    /**
     * Builds the response of a domain exception: as {@link #of(ImsError, ContainerRequestContext)}, unless the
     * exception carries its own HTTP status.
     */
    public Response of(ImsException exception, ContainerRequestContext request) {
        if (exception.status() == null) {
            return of(exception.error(), request);
        }
        CatalogEntry entry = catalog.entry(exception.error());
        return json(exception.status(), ImsErrorBody.of(entry.code(), entry.message()), RequestIds.of(request));
    }

    /** Builds the generic 500 response. */
    public Response internalError(ContainerRequestContext request) {
        ImsErrorBody body = ImsErrorBody.of(INTERNAL_ERROR_CODE, INTERNAL_ERROR_MESSAGE);
        return json(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), body, RequestIds.of(request));
    }

    private static Response json(int status, ImsErrorBody body, String requestId) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(RequestIds.HEADER, requestId)
                .entity(body)
                .build();
    }
}
