package io.imsservice.api;

import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query parameter helpers. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Returns the decoded query parameters with the first value of each, in request order. */
    public static Map<String, String> firstValues(UriInfo uriInfo) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : uriInfo.getQueryParameters(true).entrySet()) {
            if (!parameter.getValue().isEmpty()) {
                first.put(parameter.getKey(), parameter.getValue().get(0));
            }
        }
        return first;
    }
}
