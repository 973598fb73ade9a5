package io.imsservice.cloud;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The parts of IAM that IMS uses: projects, tokens, access keys and agencies. */
public interface IdentityPort {

    /** A project (tenant) in a region. */
    record Project(String id, String name, String domainId, String region) {
    }

    /** A project-scoped IAM token. */
    record Token(String value, String projectId, String userId, Set<String> roles, Instant expiresAt) {
    }

    /** A permanent access key pair of an IAM user, usable in the given projects. */
    record AccessKey(String accessKeyId, String secretKey, String userId, String domainId, Set<String> roles) {
    }

    /**
     * An IAM agency through which IMS acts for an account in its other projects, such as the target project of a
     * cross-region copy.
     *
     * @param imsProjectIds projects in which the agency grants IMS rights
     */
    record Agency(String name, String domainId, Set<String> imsProjectIds) {

        public boolean grantsImsRightsIn(String projectId) {
            return imsProjectIds.contains(projectId);
        }
    }

    Uni<Optional<Project>> findProject(String projectId);

    Uni<List<Project>> listProjects();

    /** Lists the projects of one account (IAM domain) in every region. */
    Uni<List<Project>> listDomainProjects(String domainId);

    /** Finds a project of an account by name; IAM project names are unique within an account. */
    Uni<Optional<Project>> findProjectByName(String domainId, String projectName);

    /** Lists the ids of the regions of the cloud, such as {@code cn-north-4}; the service's own region is one. */
    Uni<List<String>> listRegions();

    Uni<Optional<Token>> findToken(String token);

    Uni<Optional<AccessKey>> findAccessKey(String accessKeyId);

    /** Finds an agency of an account by name, which IAM keeps unique within an account. */
    Uni<Optional<Agency>> findAgency(String domainId, String agencyName);
}
