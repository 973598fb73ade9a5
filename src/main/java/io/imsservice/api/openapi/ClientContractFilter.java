package io.imsservice.api.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Adds what generated clients need beyond the resource annotations: the two ways to authenticate, required on every
 * IMS operation, and the query parameters of the two image lists, which the resources read from the request URI.
 * Runs once, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ClientContractFilter implements OASFilter {
    private static final String TOKEN_SCHEME = "iamToken";
    private static final String SIGNATURE_SCHEME = "akskSignature";
    private static final List<String> UNAUTHENTICATED_TAGS = List.of("Simulation", "Versions");
    private static final List<String> LIST_OPERATIONS = List.of("ListImages", "GlanceListImages");

    /** Query parameters of the image lists with their types and meaning. */
    private static final List<Map.Entry<String, String>> LIST_PARAMETERS = List.of(
            Map.entry("id", "string: exact image id; an unknown id returns an empty list"),
            Map.entry("name", "string: exact image name"),
            Map.entry("status", "string: queued, saving, active, killed or deleted"),
            Map.entry("visibility", "string: public, private or shared"),
            Map.entry("owner", "string: owning project id"),
            Map.entry("__imagetype", "string: gold, private, shared or market"),
            Map.entry("member_status", "string: accepted (default), pending or rejected, for shared images"),
            Map.entry("protected", "boolean"),
            Map.entry("__os_type", "string: Linux, Windows or Other"),
            Map.entry("__platform", "string: OS platform such as CentOS"),
            Map.entry("__os_version", "string: exact OS version"),
            Map.entry("disk_format", "string: vhd, zvhd, zvhd2, raw or qcow2"),
            Map.entry("min_disk", "integer: GiB"),
            Map.entry("min_ram", "integer: MiB"),
            Map.entry("tag", "string: key=value"),
            Map.entry("virtual_env_type", "string: FusionCompute, Ironic, DataImage or IsoImage"),
            Map.entry("enterprise_project_id", "string: 0, a UUID or all_granted_eps"),
            Map.entry("architecture", "string: x86 or arm"),
            Map.entry("created_at", "string: <op>:<time>, op gt, gte, lt, lte, eq or neq"),
            Map.entry("updated_at", "string: <op>:<time>, op gt, gte, lt, lte, eq or neq"),
            Map.entry("marker", "string: id of the last image of the previous page"),
            Map.entry("limit", "integer: 1 to 1000; default 500 on /v2/cloudimages and 25 on /v2/images"),
            Map.entry("sort_key", "string: created_at (default), name, status, id, size and others"),
            Map.entry("sort_dir", "string: desc (default) or asc"),
            Map.entry("sort", "string: Glance form key:dir,key2:dir"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(TOKEN_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("X-Auth-Token")
                .description("Project-scoped IAM token"));
        openAPI.getComponents().addSecurityScheme(SIGNATURE_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("Authorization")
                .description("SDK-HMAC-SHA256 signature with X-Sdk-Date (within 15 minutes) and X-Project-Id, as the"
                        + " Huawei Cloud SDKs sign requests"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                document(operation);
            }
        }
    }

    private static void document(Operation operation) {
        List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
        if (tags.stream().anyMatch(UNAUTHENTICATED_TAGS::contains)) {
            return;
        }
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(TOKEN_SCHEME));
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SIGNATURE_SCHEME));
        String operationId = operation.getOperationId();
        if (operationId != null && LIST_OPERATIONS.contains(operationId)) {
            LIST_PARAMETERS.forEach(parameter -> operation.addParameter(queryParameter(parameter)));
        }
    }

    private static Parameter queryParameter(Map.Entry<String, String> parameter) {
        String type = parameter.getValue().split(":", 2)[0];
        Schema.SchemaType schemaType = switch (type) {
            case "integer" -> Schema.SchemaType.INTEGER;
            case "boolean" -> Schema.SchemaType.BOOLEAN;
            default -> Schema.SchemaType.STRING;
        };
        return OASFactory.createParameter()
                .name(parameter.getKey())
                .in(Parameter.In.QUERY)
                .required(false)
                .description(parameter.getValue())
                .schema(OASFactory.createSchema().addType(schemaType));
    }
}
