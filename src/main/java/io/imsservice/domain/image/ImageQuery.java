package io.imsservice.domain.image;

import java.util.Map;

/**
 * A list request: the filters by query parameter name (first value of each), plus paging and sorting.
 *
 * @param defaultLimit page size when the request gives no {@code limit}: 500 on the IMS list, 25 on Glance
 */
public record ImageQuery(Map<String, String> parameters, int defaultLimit) {

    public String get(String name) {
        return parameters.get(name);
    }
}
