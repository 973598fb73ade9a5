package io.imsservice.domain;

import java.util.Set;

/**
 * The authenticated caller of a request: the project it acts in and the roles it has there.
 *
 * @param projectId project the request is scoped to
 * @param domainId account (IAM domain) that owns the project
 * @param userId IAM user behind the token or access key
 * @param region region of the project
 * @param roles IAM role names granted in the project, such as {@code te_admin} or {@code readonly}
 */
public record Caller(String projectId, String domainId, String userId, String region, Set<String> roles) {

    /** Role that may only read. Writes by such a caller fail with IMG.0026. */
    public static final String READ_ONLY_ROLE = "readonly";

    public boolean readOnly() {
        return roles.contains(READ_ONLY_ROLE) && roles.size() == 1;
    }
}
