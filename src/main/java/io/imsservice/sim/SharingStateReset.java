package io.imsservice.sim;

import io.imsservice.domain.share.MemberQuota;
import io.imsservice.store.ImageMemberStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Drops every image member and member limit override whenever fixtures are loaded, since fixtures share nothing. */
@ApplicationScoped
public class SharingStateReset {
    private final ImageMemberStore members;
    private final MemberQuota memberQuota;

    public SharingStateReset(ImageMemberStore members, MemberQuota memberQuota) {
        this.members = members;
        this.memberQuota = memberQuota;
    }

    void onFixturesLoaded(@Observes FixturesLoaded event) {
        memberQuota.resetOverrides();
        members.clear().await().indefinitely();
    }
}
