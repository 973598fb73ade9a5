package io.imsservice.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of PUT /v2/images/{image_id}/members/{member_id}: {@code accepted} or {@code rejected}, and a CBR vault. */
@RegisterForReflection
public record GlanceMemberStatusBody(String status, @JsonProperty("vault_id") String vaultId) {
}
