package io.imsservice.domain.kms;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.KmsPort;
import io.imsservice.cloud.KmsPort.Key;
import io.imsservice.domain.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Checks that a KMS key can encrypt an image of the caller: {@code cmk_id} of creations and copies. */
@ApplicationScoped
public class EncryptionKeys {
    private final KmsPort kms;

    public EncryptionKeys(KmsPort kms) {
        this.kms = kms;
    }

    /**
     * Returns the key after these checks, in this order: it exists in the caller's project (IMG.0095), its policy
     * lets the caller use it (IMG.0099), it is enabled (IMG.0097), and the account has the KMS OBT permission
     * (IMG.0100).
     */
    public Uni<Key> requireUsableKey(Caller caller, String keyId) {
        return kms.findKey(keyId)
                .map(found -> requireUsableKey(caller, keyId, found));
    }

    private static Key requireUsableKey(Caller caller, String keyId, Optional<Key> found) {
        // KMS keys are scoped to a project, so a key of another project is as unknown to the caller as a missing one.
        Key key = found
                .filter(candidate -> candidate.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.KMS_KEY_NOT_FOUND.exception("key " + keyId));
        if (!key.accessible()) {
            throw ImsError.KMS_KEY_ACCESS_DENIED.exception("key " + keyId);
        }
        if (!key.enabled()) {
            throw ImsError.KMS_KEY_DISABLED.exception("key " + keyId);
        }
        if (!key.publicTestPermission()) {
            throw ImsError.KMS_PUBLIC_TEST_PERMISSION_MISSING.exception("key " + keyId);
        }
        return key;
    }

    /**
     * Returns the key of an encrypted image of the caller, which a copy must decrypt. The checks run in this order:
     * the key exists in the caller's project (IMG.0101), its policy lets the caller use it (IMG.0103), and it is
     * enabled (IMG.0102).
     */
    public Uni<Key> requireUsableOriginalKey(Caller caller, String keyId) {
        return kms.findKey(keyId)
                .map(found -> requireUsableOriginalKey(caller, keyId, found));
    }

    private static Key requireUsableOriginalKey(Caller caller, String keyId, Optional<Key> found) {
        Key key = found
                .filter(candidate -> candidate.projectId().equals(caller.projectId()))
                .orElseThrow(() -> ImsError.ORIGINAL_KMS_KEY_NOT_FOUND.exception("key " + keyId));
        if (!key.accessible()) {
            throw ImsError.ORIGINAL_KMS_KEY_ACCESS_DENIED.exception("key " + keyId);
        }
        if (!key.enabled()) {
            throw ImsError.ORIGINAL_KMS_KEY_DISABLED.exception("key " + keyId);
        }
        return key;
    }
}
