package io.imsservice.api;

import io.imsservice.domain.os.OsVersion;
import io.imsservice.domain.os.OsVersionCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /v1/cloudimages/os_version: the OS versions of the region, grouped by platform. */
@Path("/")
@Tag(name = "OS versions", description = "OS versions images can declare")
@Produces(MediaType.APPLICATION_JSON)
public class OsVersionResource {
    private final OsVersionCatalog catalog;

    public OsVersionResource(OsVersionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("v1/cloudimages/os_version")
    @Operation(operationId = "ListOsVersions", summary = "List OS versions, optionally only those with all tags")
    public List<Map<String, Object>> listOsVersions(@QueryParam("tag") List<String> tags) {
        Map<String, List<Map<String, Object>>> byPlatform = new LinkedHashMap<>();
        for (OsVersion version : catalog.list(new HashSet<>(tags))) {
            byPlatform.computeIfAbsent(version.platform(), platform -> new ArrayList<>()).add(render(version));
        }
        List<Map<String, Object>> body = new ArrayList<>();
        byPlatform.forEach((platform, versions) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("platform", platform);
            group.put("version_list", versions);
            body.add(group);
        });
        return body;
    }

    private static Map<String, Object> render(OsVersion version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("platform", version.platform());
        json.put("os_version_key", version.osVersionKey());
        json.put("os_version", version.osVersion());
        json.put("os_bit", version.osBit());
        json.put("os_type", version.osType());
        return json;
    }
}
