package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** KMS customer master keys that encrypt images. */
public interface KmsPort {

    /**
     * A customer master key.
     *
     * @param projectId project that owns the key
     * @param enabled whether the key can be used; a disabled or pending-deletion key cannot
     * @param accessible whether the key policy and grants let the owning project's users and IMS use the key
     * @param publicTestPermission whether the account has the KMS open beta test (OBT) permission for the key
     */
    record Key(String id, String projectId, String alias, boolean enabled, boolean accessible,
            boolean publicTestPermission) {
    }

    Uni<Optional<Key>> findKey(String keyId);
}
