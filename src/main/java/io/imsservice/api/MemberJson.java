package io.imsservice.api;

import io.imsservice.domain.share.ImageMember;
import io.imsservice.domain.share.MemberPage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders image members as the IMS and Glance member calls return them. */
public final class MemberJson {

    private MemberJson() {
    }

    public static Map<String, Object> render(ImageMember member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", member.status().wireValue());
        json.put("created_at", ImageJson.timestamp(member.createdAt()));
        json.put("updated_at", ImageJson.timestamp(member.updatedAt()));
        json.put("image_id", member.imageId());
        json.put("member_id", member.memberId());
        json.put("schema", "/v2/schemas/member");
        json.put("member_type", ImageMember.PROJECT_MEMBER_TYPE);
        return json;
    }

    /** Renders a page of members with {@code page_info}, which has {@code next_marker} only when a page follows. */
    public static Map<String, Object> render(MemberPage page) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        if (page.nextMarker() != null) {
            pageInfo.put("next_marker", page.nextMarker());
        }
        pageInfo.put("current_count", page.members().size());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("members", page.members().stream().map(MemberJson::render).toList());
        json.put("schema", "/v2/schemas/members");
        json.put("page_info", pageInfo);
        return json;
    }
}
