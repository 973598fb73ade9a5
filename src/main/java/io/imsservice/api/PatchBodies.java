package io.imsservice.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imsservice.catalog.ImsError;
import io.imsservice.domain.image.PatchOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses image PATCH bodies. Two shapes are accepted: JSON-patch objects {@code {"op":"replace","path":"/name",
 * "value":"x"}} (IMS and Glance v2.1), and Glance v2.0 objects {@code {"replace":"/name","value":"x"}}. Values may be
 * strings, numbers or booleans; IMS stores them as strings. A name that is not a string fails with IMG.0062.
 */
public final class PatchBodies {
    private static final ObjectMapper JSON = StrictJson.newMapper();
    private static final Set<String> OPERATIONS = Set.of("add", "replace", "remove");

    private PatchBodies() {
    }

    /** Parses the body; an empty body fails with IMG.0007 and any other malformed body with IMG.0001. */
    public static List<PatchOperation> parse(String body) {
        if (body == null || body.isBlank()) {
            throw ImsError.REQUEST_BODY_EMPTY.exception();
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException malformed) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch body is not JSON");
        }
        if (root == null || !root.isArray()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch body is not a JSON array");
        }
        List<PatchOperation> operations = new ArrayList<>();
        for (JsonNode step : root) {
            operations.add(operation(step));
        }
        return operations;
    }

    private static PatchOperation operation(JsonNode step) {
        if (!step.isObject()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch step is not an object");
        }
        String op;
        JsonNode path;
        if (step.has("op")) {
            op = step.get("op").asText();
            path = step.get("path");
        } else {
            op = OPERATIONS.stream().filter(step::has).findFirst()
                    .orElseThrow(() -> ImsError.REQUEST_FORMAT_INVALID.exception("patch step without op"));
            path = step.get(op);
        }
        if (!OPERATIONS.contains(op)) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch op " + op);
        }
        String attribute = attribute(path);
        JsonNode value = step.get("value");
        // Other attributes accept numbers and booleans as text, but an image name must be a JSON string.
        if (attribute.equals("name") && value != null && !value.isNull() && !value.isTextual()) {
            throw ImsError.IMAGE_NAME_INCORRECT.exception("name of JSON type " + value.getNodeType());
        }
        return new PatchOperation(op, attribute, value(value));
    }

    private static String attribute(JsonNode path) {
        if (path == null || !path.isTextual()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch path missing");
        }
        String text = path.asText();
        if (!text.startsWith("/") || text.length() < 2 || text.indexOf('/', 1) >= 0) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch path " + text);
        }
        return text.substring(1);
    }

    private static String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception("patch value is not a scalar");
        }
        return value.asText();
    }
}
