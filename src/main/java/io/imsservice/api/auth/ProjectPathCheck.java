package io.imsservice.api.auth;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;
import java.util.regex.Pattern;

/** Checks the {@code {project_id}} of a path against the project the caller authenticated for. */
public final class ProjectPathCheck {
    /** IAM project ids are 32 lower-case hex digits. */
    static final Pattern PROJECT_ID = Pattern.compile("[0-9a-f]{32}");

    private ProjectPathCheck() {
    }

    /**
     * Rejects a path project that is not a project id (IMG.0067) or not the caller's project (IMG.0030).
     *
     * @throws io.imsservice.catalog.ImsException with {@link ImsError#PROJECT_ID_INVALID} or
     *     {@link ImsError#PROJECT_OR_TOKEN_INVALID}
     */
    public static void require(Caller caller, String pathProjectId) {
        if (pathProjectId == null || !PROJECT_ID.matcher(pathProjectId).matches()) {
            throw ImsError.PROJECT_ID_INVALID.exception("path project " + pathProjectId);
        }
        if (!caller.projectId().equals(pathProjectId)) {
            throw ImsError.PROJECT_OR_TOKEN_INVALID.exception("path project " + pathProjectId
                    + " is not the caller's project " + caller.projectId());
        }
    }
}
