package io.imsservice.domain.eps;

import io.imsservice.catalog.ImsError;
import io.imsservice.cloud.EnterpriseProjectPort;
import io.imsservice.cloud.EnterpriseProjectPort.EnterpriseProject;
import io.imsservice.domain.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Checks the {@code enterprise_project_id} of a new image against the caller's account in EPS. */
@ApplicationScoped
public class EnterpriseProjects {
    private final EnterpriseProjectPort eps;

    public EnterpriseProjects(EnterpriseProjectPort eps) {
        this.eps = eps;
    }

    /**
     * Returns the enterprise project id to store on the image: {@code 0} when none is given, else the given one
     * after EPS confirmed it. An id that is not an enterprise project of the caller's account fails with IMG.0155,
     * and a disabled enterprise project, which EPS does not bind new resources to, with IMG.0156.
     */
    public Uni<String> requireBindable(Caller caller, String enterpriseProjectId) {
        if (enterpriseProjectId == null || enterpriseProjectId.equals(EnterpriseProjectPort.DEFAULT_ID)) {
            return Uni.createFrom().item(EnterpriseProjectPort.DEFAULT_ID);
        }
        return eps.findEnterpriseProject(enterpriseProjectId)
                .map(found -> requireBindable(caller, enterpriseProjectId, found));
    }

    private static String requireBindable(Caller caller, String enterpriseProjectId,
            Optional<EnterpriseProject> found) {
        EnterpriseProject project = found
                .filter(candidate -> candidate.domainId().equals(caller.domainId()))
                .orElseThrow(() -> ImsError.ENTERPRISE_PROJECT_CHECK_FAILED.exception(
                        "enterprise project " + enterpriseProjectId + " is not in domain " + caller.domainId()));
        if (!project.enabled()) {
            throw ImsError.ENTERPRISE_PROJECT_BINDING_FAILED.exception(
                    "enterprise project " + enterpriseProjectId + " is disabled");
        }
        return project.id();
    }
}
