package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of PUT /v1/cloudimages/members.
 *
 * @param projectId the member project, which must be the caller's
 * @param status {@code accepted} or {@code rejected}
 * @param vaultId CBR vault for the backup of a full-ECS image; required to accept one
 */
@RegisterForReflection
public record MemberStatusBatchBody(List<String> images, @JsonProperty("project_id") String projectId,
        String status, @JsonProperty("vault_id") String vaultId) {
}
