package io.imsservice.api;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.share.MemberStatus;
import java.util.List;

/** Validates the fields of member request bodies; a missing or malformed field fails with IMG.0001. */
public final class MemberRequests {

    private MemberRequests() {
    }

    /** Returns the ids without duplicates, in request order, or fails unless there is at least one, none blank. */
    public static List<String> requireIds(String field, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " is missing or empty");
        }
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " contains a blank id");
            }
        }
        return ids.stream().distinct().toList();
    }

    public static String requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " is missing");
        }
        return id;
    }

    /** Parses {@code accepted} or {@code rejected}; {@code pending} cannot be set. */
    public static MemberStatus requireDecision(String status) {
        return MemberStatus.fromWireValue(status)
                .filter(parsed -> parsed != MemberStatus.PENDING)
                .orElseThrow(() -> ImsError.REQUEST_FORMAT_INVALID.exception("member status " + status));
    }

    /**
     * Rejects account and organization members with IMG.0105.
     * NOTE: IMS shares with accounts and organizations too; this service models project members only.
     */
    public static void requireProjectMembersOnly(List<String> domains, List<String> organizations) {
        boolean hasDomains = domains != null && !domains.isEmpty();
        boolean hasOrganizations = organizations != null && !organizations.isEmpty();
        if (hasDomains || hasOrganizations) {
            throw ImsError.OPERATION_NOT_SUPPORTED.exception("sharing with accounts or organizations");
        }
    }
}
