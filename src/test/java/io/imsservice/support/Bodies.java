package io.imsservice.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds JSON request bodies for REST Assured. */
public final class Bodies {

    private Bodies() {
    }

    /** Builds a JSON object of alternating keys and values, in order; a null value is sent as JSON null. */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    /** Returns a copy of the body with one more field, or with the field replaced. */
    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Returns a copy of the body without the field. */
    public static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(key);
        return copy;
    }
}
