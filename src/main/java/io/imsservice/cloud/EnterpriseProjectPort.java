package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** Enterprise projects of the Enterprise Project Management Service (EPS) that images are grouped into. */
public interface EnterpriseProjectPort {

    /** Id of the default enterprise project, which every account has. */
    String DEFAULT_ID = "0";

    /**
     * An enterprise project of an account.
     *
     * @param domainId account (IAM domain) that owns the enterprise project
     * @param enabled whether resources can be added to it; EPS rejects binding resources to a disabled one
     */
    record EnterpriseProject(String id, String domainId, String name, boolean enabled) {
    }

    Uni<Optional<EnterpriseProject>> findEnterpriseProject(String enterpriseProjectId);
}
