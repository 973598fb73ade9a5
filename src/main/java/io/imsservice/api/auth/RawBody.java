package io.imsservice.api.auth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads the raw bytes of a request body from Vert.x, fixed-length or chunked, before the resource runs. The caller
 * hands the bytes back to Quarkus REST as the entity stream, so the resource still reads the body.
 */
final class RawBody {

    /**
     * Maximum body size of an AK/SK-signed request, as the Huawei Cloud gateway documents it: 12 MB, taken as MiB.
     * Quarkus rejects a larger {@code Content-Length} itself ({@code quarkus.http.limits.max-body-size}, 10240K by
     * default), so in practice this cap stops chunked bodies.
     */
    static final int MAX_SIGNED_BYTES = 12 * 1024 * 1024;

    private RawBody() {
    }

    /**
     * Reads the whole body; a request whose body was already consumed yields no bytes.
     *
     * @return a Uni that fails with {@link GatewayException} when the body exceeds {@link #MAX_SIGNED_BYTES}
     */
    static Uni<byte[]> read(HttpServerRequest request) {
        if (request.isEnded()) {
            return Uni.createFrom().item(new byte[0]);
        }
        return Uni.createFrom().emitter(emitter -> {
            Buffer body = Buffer.buffer();
            boolean[] tooLarge = {false};
            request.handler(chunk -> {
                if (tooLarge[0]) {
                    return;
                }
                if (body.length() + chunk.length() > MAX_SIGNED_BYTES) {
                    tooLarge[0] = true;
                    emitter.fail(GatewayException.bodyTooLarge(MAX_SIGNED_BYTES));
                    return;
                }
                body.appendBuffer(chunk);
            });
            request.exceptionHandler(emitter::fail);
            request.endHandler(ignored -> {
                if (!tooLarge[0]) {
                    emitter.complete(body.getBytes());
                }
            });
            // Quarkus pauses the request until something consumes the body, so reading has to resume it.
            request.resume();
        });
    }
}
