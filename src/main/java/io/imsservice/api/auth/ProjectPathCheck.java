package io.imsservice.api.auth;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.Caller;

/** Checks the {@code {project_id}} of a path against the project the caller authenticated for. */
public final class ProjectPathCheck {

    private ProjectPathCheck() {
    }

    /**
     * Rejects a path project that is not the caller's project.
     *
     * @throws io.imsservice.catalog.ImsException with {@link ImsError#PROJECT_OR_TOKEN_INVALID} (IMG.0030)
     */
    public static void require(Caller caller, String pathProjectId) {
        if (!caller.projectId().equals(pathProjectId)) {
            throw ImsError.PROJECT_OR_TOKEN_INVALID.exception("path project " + pathProjectId
                    + " is not the caller's project " + caller.projectId());
        }
    }
}
