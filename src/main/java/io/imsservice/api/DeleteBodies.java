package io.imsservice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imsservice.catalog.ImsError;

/**
 * Validates the optional body of DELETE /v2/images/{image_id}: nothing, or {@code {"delete_backup": true|false}}.
 * Anything else fails with IMG.0016.
 */
public final class DeleteBodies {
    private static final ObjectMapper JSON = StrictJson.newMapper();

    private DeleteBodies() {
    }

    /** Returns the {@code delete_backup} flag, false when absent. */
    public static boolean requireValid(String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw ImsError.DELETE_REQUEST_BODY_INVALID.exception("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw ImsError.DELETE_REQUEST_BODY_INVALID.exception("not a JSON object");
        }
        JsonNode deleteBackup = root.get("delete_backup");
        if (deleteBackup != null && !deleteBackup.isBoolean()) {
            throw ImsError.DELETE_REQUEST_BODY_INVALID.exception("delete_backup is not a boolean");
        }
        return deleteBackup != null && deleteBackup.asBoolean();
    }
}
