package io.imsservice.api.auth;

import io.imsservice.api.RequestIds;
import io.imsservice.domain.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every request but those of {@link PublicPaths}, with an {@code X-Auth-Token} or an
 * SDK-HMAC-SHA256 {@code Authorization} header, and rejects the others as the API gateway does: 401 APIGW.0301.
 *
 * <p>Three filters do the work. The first authenticates asynchronously and leaves the {@link Caller}, or the
 * failure, in a request property, because its Uni may complete on a Vert.x callback where the CDI request context
 * is not active. The second runs after it on the request's own context and stores the caller in
 * {@link CurrentCaller}. The third runs after routing and rejects the request if authentication failed.
 */
public class AuthenticationFilter {
    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class);

    static final String TOKEN_HEADER = "X-Auth-Token";
    static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String CALLER_PROPERTY = AuthenticationFilter.class.getName() + ".caller";
    private static final String REJECTION_PROPERTY = AuthenticationFilter.class.getName() + ".rejection";

    @Inject
    Authenticator authenticator;

    @Inject
    CurrentCaller currentCaller;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticate(ContainerRequestContext context, HttpServerRequest request) {
        if (PublicPaths.isPublic(context.getMethod(), context.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }

        return authenticateCredentials(context, request)
                .invoke(caller -> context.setProperty(CALLER_PROPERTY, caller))
                .map(caller -> (Response) null)
                .onFailure(GatewayException.class)
                .invoke(failure -> context.setProperty(REJECTION_PROPERTY, failure))
                .onFailure(GatewayException.class)
                .recoverWithNull();
    }

    /**
     * Rejects a request whose credentials failed, once it matched a route. The rejection waits until after
     * routing, as at the API gateway, so that an unknown route gets 404 APIGW.0101 whatever the credentials.
     */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response rejectUnauthenticated(ContainerRequestContext context) {
        if (context.getProperty(REJECTION_PROPERTY) instanceof GatewayException failure) {
            return reject(context, failure);
        }
        return null;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 1)
    public void storeCaller(ContainerRequestContext context) {
        if (context.getProperty(CALLER_PROPERTY) instanceof Caller caller) {
            currentCaller.set(caller);
        }
    }

    private Uni<Caller> authenticateCredentials(ContainerRequestContext context, HttpServerRequest request) {
        String token = context.getHeaderString(TOKEN_HEADER);
        if (token != null && !token.isBlank()) {
            return authenticator.authenticateToken(token.strip());
        }
        String authorization = context.getHeaderString(AUTHORIZATION_HEADER);
        if (authorization != null && !authorization.isBlank()) {
            return authenticator.authenticateSignature(authorization, signedRequest(context, request));
        }
        return Uni.createFrom().failure(GatewayException.unauthorized("the request has no X-Auth-Token header "
                + "and no SDK-HMAC-SHA256 Authorization header"));
    }

    /** Describes the request for the signature check; reading the body hands it back as the entity stream. */
    private static Authenticator.SignedRequest signedRequest(ContainerRequestContext context,
            HttpServerRequest request) {
        return new Authenticator.SignedRequest(request.method().name(), request.path(), request.query(),
                name -> request.getHeader(name.toLowerCase(Locale.ROOT)),
                () -> RawBody.read(request)
                        .invoke(body -> context.setEntityStream(new ByteArrayInputStream(body))));
    }

    private static Response reject(ContainerRequestContext context, GatewayException failure) {
        String requestId = RequestIds.of(context);
        LOG.debugv("Request {0} to {1} rejected with {2}: {3}", requestId, context.getUriInfo().getPath(),
                failure.code(), failure.getMessage());
        return GatewayErrors.response(failure, requestId);
    }
}
