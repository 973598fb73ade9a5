package io.imsservice.api.auth;

import io.imsservice.cloud.IdentityPort;
import io.imsservice.cloud.IdentityPort.AccessKey;
import io.imsservice.cloud.IdentityPort.Project;
import io.imsservice.cloud.IdentityPort.Token;
import io.imsservice.domain.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Turns the credentials of a request, an IAM token or an AK/SK signature, into the {@link Caller}. */
@ApplicationScoped
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class);

    /** Maximum difference between {@code X-Sdk-Date} and the server clock that the gateway accepts. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    static final String DATE_HEADER = "x-sdk-date";
    static final String CONTENT_SHA256_HEADER = "x-sdk-content-sha256";
    static final String PROJECT_HEADER = "x-project-id";
    /** Message of the real gateway when the signature does not match. */
    static final String SIGNATURE_MISMATCH = "verify aksk signature fail";

    /** A project id in the path, as in {@code /v1/{project_id}/jobs/{job_id}}. */
    private static final Pattern PATH_PROJECT = Pattern.compile("/v[0-9.]+/([0-9a-f]{32})(/.*)?");

    @Inject
    IdentityPort identity;

    /**
     * A request signed with an AK/SK pair.
     *
     * @param rawPath path as sent, with its percent escapes
     * @param rawQuery query as sent, or null
     * @param header returns the first value of a header by lower-case name, or null
     * @param body reads the raw body; called only when no {@code X-Sdk-Content-Sha256} header gives the hash
     */
    record SignedRequest(String method, String rawPath, String rawQuery, UnaryOperator<String> header,
            Supplier<Uni<byte[]>> body) {
    }

    /**
     * Authenticates an {@code X-Auth-Token}: it must be known and unexpired, and the caller acts in its project.
     * Fails with {@link GatewayException} otherwise.
     */
    public Uni<Caller> authenticateToken(String tokenValue) {
        Instant now = Instant.now();
        return identity.findToken(tokenValue)
                .map(token -> token.orElseThrow(() -> GatewayException.unauthorized(
                        "the X-Auth-Token is unknown; GET /sim/v1/projects lists valid tokens")))
                .invoke(token -> requireUnexpired(token, now))
                .chain(token -> identity.findProject(token.projectId())
                        .map(project -> project.orElseThrow(() -> GatewayException.unauthorized(
                                "project " + token.projectId() + " of the X-Auth-Token not found")))
                        .map(project -> callerOf(project, token.userId(), token.roles())));
    }

    /**
     * Authenticates an SDK-HMAC-SHA256 signature: the date must be within {@link #MAX_CLOCK_SKEW}, the AK known,
     * the project ({@code X-Project-Id}, else the path) one of the AK's account, and the signature must match.
     * Fails with {@link GatewayException} otherwise.
     */
    public Uni<Caller> authenticateSignature(String authorization, SignedRequest request) {
        Instant now = Instant.now();
        return Uni.createFrom().item(() -> SignatureHeader.parse(authorization))
                .invoke(signature -> requireFreshDate(request.header().apply(DATE_HEADER), now))
                .chain(signature -> identity.findAccessKey(signature.accessKeyId())
                        .map(key -> key.orElseThrow(() -> GatewayException.unauthorized(
                                "access key " + signature.accessKeyId() + " not found")))
                        .chain(key -> verify(signature, key, request)));
    }

    private Uni<Caller> verify(SignatureHeader signature, AccessKey key, SignedRequest request) {
        String projectId = requestedProject(request);
        return identity.findProject(projectId)
                .map(project -> project
                        .filter(found -> found.domainId().equals(key.domainId()))
                        .orElseThrow(() -> GatewayException.unauthorized("project " + projectId
                                + " not found in the account of access key " + key.accessKeyId())))
                .chain(project -> payloadHash(request)
                        .invoke(hash -> requireSignature(signature, key, request, hash))
                        .map(hash -> callerOf(project, key.userId(), key.roles())));
    }

    private static String requestedProject(SignedRequest request) {
        String projectId = request.header().apply(PROJECT_HEADER);
        if (projectId != null && !projectId.isBlank()) {
            return projectId.strip();
        }
        Matcher path = PATH_PROJECT.matcher(request.rawPath());
        if (path.matches()) {
            return path.group(1);
        }
        throw GatewayException.unauthorized("X-Project-Id header is missing; send the id of a project of the "
                + "access key's account");
    }

    private static Uni<String> payloadHash(SignedRequest request) {
        String declared = request.header().apply(CONTENT_SHA256_HEADER);
        if (declared != null) {
            return Uni.createFrom().item(declared);
        }
        return request.body().get()
                .map(SdkSignature::sha256Hex);
    }

    /** Accepts the signature over the decoded-and-encoded path, or over the raw path as some signers encode it. */
    private static void requireSignature(SignatureHeader signature, AccessKey key, SignedRequest request,
            String payloadHash) {
        List<String> canonicalUris = new ArrayList<>();
        canonicalUris.add(CanonicalRequest.canonicalUri(request.rawPath()));
        if (request.rawPath().indexOf('%') >= 0) {
            canonicalUris.add(CanonicalRequest.canonicalUriOfRawSegments(request.rawPath()));
        }
        String canonicalQuery = CanonicalRequest.canonicalQuery(request.rawQuery());
        String sdkDate = request.header().apply(DATE_HEADER);

        for (String canonicalUri : canonicalUris) {
            String canonicalRequest = CanonicalRequest.build(request.method(), canonicalUri, canonicalQuery,
                    signature.signedHeaders(), request.header(), payloadHash);
            String expected = SdkSignature.sign(key.secretKey(), SdkSignature.stringToSign(sdkDate, canonicalRequest));
            if (SdkSignature.matches(expected, signature.signature())) {
                return;
            }
            LOG.debugv("Signature of access key {0} does not match canonical request:\n{1}", key.accessKeyId(),
                    canonicalRequest);
        }
        throw GatewayException.unauthorized(SIGNATURE_MISMATCH);
    }

    private static void requireUnexpired(Token token, Instant now) {
        if (!token.expiresAt().isAfter(now)) {
            throw GatewayException.unauthorized("the X-Auth-Token expired at " + token.expiresAt()
                    + "; request a new token");
        }
    }

    private static void requireFreshDate(String sdkDate, Instant now) {
        Instant signedAt = SdkSignature.parseDate(sdkDate);
        if (Duration.between(signedAt, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw GatewayException.unauthorized("X-Sdk-Date " + sdkDate + " differs from the server time "
                    + SdkSignature.DATE_FORMAT.format(now.atOffset(ZoneOffset.UTC))
                    + " by more than 15 minutes");
        }
    }

    private static Caller callerOf(Project project, String userId, Set<String> roles) {
        return new Caller(project.id(), project.domainId(), userId, project.region(), roles);
    }
}
