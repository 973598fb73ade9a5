package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.imsservice.api.validation.ImageDescription;
import io.imsservice.api.validation.ImageName;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of POST /v1/cloudimages/{image_id}/cross_region_copy. The Huawei Cloud SDK sends every field but
 * {@code enterprise_project_id}, which the Terraform provider adds.
 */
@RegisterForReflection
public record CopyImageCrossRegionRequestBody(
        @ImageName String name,
        @ImageDescription String description,
        String region,
        @JsonProperty("project_name") String projectName,
        @JsonProperty("agency_name") String agencyName,
        @JsonProperty("vault_id") String vaultId,
        @JsonProperty("enterprise_project_id") String enterpriseProjectId) {
}
