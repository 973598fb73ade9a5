package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * Body of POST and DELETE /v1/cloudimages/members. IMS also takes account ids in {@code domains} and organization
 * URNs in {@code organizations}; this service shares with projects only.
 */
@RegisterForReflection
public record MemberBatchBody(List<String> images, List<String> projects, List<String> domains,
        List<String> organizations) {
}
