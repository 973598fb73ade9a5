package io.imsservice.api;

import io.imsservice.catalog.ImsError;
import io.imsservice.domain.share.MemberStatus;
import java.util.List;

/**
 * Validates the fields of member request bodies. A missing list of images fails with IMG.0086 ("No image was
 * found"), missing projects to share with fail with IMG.0041 ("The authorized account is empty"), and any other
 * missing or malformed field with IMG.0001.
 * NOTE: the IMS error table gives no operation for IMG.0041 and IMG.0086; these are this service's reading of
 * their messages.
 */
public final class MemberRequests {

    private MemberRequests() {
    }

    /** Returns the image ids without duplicates, in request order; none fails with IMG.0086, a blank one IMG.0001. */
    public static List<String> requireImageIds(List<String> ids) {
        return requireIds("images", ids, ImsError.IMAGE_NOT_FOUND_IN_QUERY);
    }

    /**
     * Returns the project ids without duplicates, in request order; none fails with IMG.0041, a blank one with
     * IMG.0001.
     */
    public static List<String> requireProjectIds(List<String> ids) {
        return requireIds("projects", ids, ImsError.AUTHORIZED_ACCOUNT_EMPTY);
    }

    /** Returns the member project of a request, or fails with IMG.0041 when it is missing or blank. */
    public static String requireProjectId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw ImsError.AUTHORIZED_ACCOUNT_EMPTY.exception(field + " is missing");
        }
        return id;
    }

    private static List<String> requireIds(String field, List<String> ids, ImsError whenEmpty) {
        if (ids == null || ids.isEmpty()) {
            throw whenEmpty.exception(field + " is missing or empty");
        }
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw ImsError.REQUEST_FORMAT_INVALID.exception(field + " contains a blank id");
            }
        }
        return ids.stream().distinct().toList();
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
