package io.imsservice.api.openapi;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.catalog.ErrorCatalogReader;
import io.imsservice.catalog.ErrorKind;
import io.imsservice.catalog.ImsError;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the error responses of every IMS operation in the OpenAPI document. Each gets the IMS error body with an
 * example code from the catalog and the gateway body of authentication failures. Glance paths also get the 403, 404
 * and 409 statuses of the codes' kinds. The filter runs once, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ErrorResponsesFilter implements OASFilter {
    private static final String IMS_ERROR_SCHEMA = "ImsError";
    private static final String GATEWAY_ERROR_SCHEMA = "GatewayError";
    private static final String SIMULATION_TAG = "Simulation";
    private static final String VERSIONS_TAG = "Versions";

    /** A representative documented failure of each operation, shown as the 400 example. */
    private static final Map<String, ImsError> EXAMPLES = Map.ofEntries(
            Map.entry("CreateImage", ImsError.SERVER_NOT_STOPPED),
            Map.entry("CreateImageInSafeMode", ImsError.SERVER_NOT_STOPPED),
            Map.entry("CopyImageCrossRegion", ImsError.CROSS_REGION_COPY_SAME_REGION),
            Map.entry("ImportImageQuick", ImsError.FAST_CREATE_FORMAT_UNSUPPORTED),
            Map.entry("ImportImageQuickInSafeMode", ImsError.FAST_CREATE_FORMAT_UNSUPPORTED),
            Map.entry("CreateDataImage", ImsError.IMAGE_FILE_INVALID),
            Map.entry("CreateDataImageInSafeMode", ImsError.IMAGE_FILE_INVALID),
            Map.entry("CreateWholeImage", ImsError.CSBS_BACKUP_ALREADY_REGISTERED),
            Map.entry("RegisterImage", ImsError.IMAGE_UNAVAILABLE),
            Map.entry("GlanceCreateImageMetadata", ImsError.OS_VERSION_INVALID),
            Map.entry("GlanceUploadImageFile", ImsError.IMAGE_FILE_INVALID),
            Map.entry("ExportImage", ImsError.IMAGE_BEING_EXPORTED),
            Map.entry("ExportImageInSafeMode", ImsError.IMAGE_BEING_EXPORTED),
            Map.entry("CopyImageInRegion", ImsError.KMS_KEY_SAME_AS_IMAGE_KEY),
            Map.entry("CopyImageInRegionInSafeMode", ImsError.KMS_KEY_SAME_AS_IMAGE_KEY),
            Map.entry("ListImages", ImsError.URL_CONDITION_FORMAT_INVALID),
            Map.entry("UpdateImage", ImsError.ATTRIBUTE_CONFLICT),
            Map.entry("ShowJob", ImsError.RESOURCE_ID_INVALID),
            Map.entry("ShowJobProgress", ImsError.RESOURCE_ID_INVALID),
            Map.entry("GlanceListImages", ImsError.URL_CONDITION_FORMAT_INVALID),
            Map.entry("GlanceShowImage", ImsError.IMAGE_ID_NOT_FOUND),
            Map.entry("GlanceUpdateImage", ImsError.ATTRIBUTE_CONFLICT),
            Map.entry("GlanceDeleteImage", ImsError.DELETE_PROTECTED_IMAGE),
            Map.entry("EmulatorUpdateMarketplaceState", ImsError.MARKETPLACE_ALREADY_PUBLISHED),
            Map.entry("EmulatorShowMarketplaceState", ImsError.IMAGE_ID_NOT_FOUND),
            Map.entry("BatchAddMembers", ImsError.SHARE_WITH_SELF),
            Map.entry("BatchUpdateMembers", ImsError.PROJECT_OR_TOKEN_INVALID),
            Map.entry("BatchDeleteMembers", ImsError.IMAGE_OWNED_BY_OTHER_TENANT),
            Map.entry("ListImageMembers", ImsError.URL_CONDITION_FORMAT_INVALID),
            Map.entry("ShowImageMember", ImsError.OBJECT_NOT_FOUND),
            Map.entry("GlanceAddImageMember", ImsError.SHARE_WITH_SELF),
            Map.entry("GlanceListImageMembers", ImsError.URL_CONDITION_FORMAT_INVALID),
            Map.entry("GlanceUpdateImageMember", ImsError.REQUEST_FORMAT_INVALID),
            Map.entry("AddImageTag", ImsError.IMAGE_TAG_INVALID),
            Map.entry("BatchAddOrDeleteTags", ImsError.IMAGE_TAG_QUOTA_EXCEEDED),
            Map.entry("DeleteImageTag", ImsError.OWNER_ONLY_OPERATION),
            Map.entry("ListImageTags", ImsError.IMAGE_ID_NOT_FOUND),
            Map.entry("ListImagesTags", ImsError.PROJECT_OR_TOKEN_INVALID),
            Map.entry("ListImageByTags", ImsError.IMAGE_TAG_INVALID),
            Map.entry("BatchDeleteTags", ImsError.IMAGE_TAG_INVALID),
            Map.entry("CreateOrUpdateTags", ImsError.IMAGE_TAG_INVALID),
            Map.entry("ListTags", ImsError.URL_CONDITION_FORMAT_INVALID),
            Map.entry("GlanceCreateTag", ImsError.IMAGE_TAG_INVALID));

    /** Glance statuses with the example code of each, for operations under /v2/images and /v2/schemas. */
    private static final Map<Integer, ImsError> GLANCE_STATUS_EXAMPLES = Map.of(
            ErrorKind.FORBIDDEN.glanceStatus(), ImsError.OPERATION_NOT_PERMITTED,
            ErrorKind.NOT_FOUND.glanceStatus(), ImsError.IMAGE_ID_NOT_FOUND,
            ErrorKind.CONFLICT.glanceStatus(), ImsError.DELETE_IMAGE_BEING_CREATED);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<ImsError, CatalogEntry> catalog = ErrorCatalogReader.readResource(ErrorCatalog.RESOURCE);
        addSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean glance = path.getKey().startsWith("/v2/images") || path.getKey().startsWith("/v2/schemas");
            for (Operation operation : path.getValue().getOperations().values()) {
                documentErrors(operation, glance, catalog);
            }
        }
    }

    private static void documentErrors(Operation operation, boolean glance, Map<ImsError, CatalogEntry> catalog) {
        List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
        if (tags.contains(SIMULATION_TAG) || tags.contains(VERSIONS_TAG)) {
            return;
        }
        String operationId = operation.getOperationId();
        ImsError example = operationId == null
                ? ImsError.REQUEST_FORMAT_INVALID
                : EXAMPLES.getOrDefault(operationId, ImsError.REQUEST_FORMAT_INVALID);
        operation.getResponses().addAPIResponse("400",
                imsErrorResponse("Request rejected with a documented IMS error code", catalog.get(example)));
        operation.getResponses().addAPIResponse("401", gatewayErrorResponse());
        if (glance) {
            GLANCE_STATUS_EXAMPLES.forEach((status, error) -> operation.getResponses().addAPIResponse(
                    status.toString(),
                    imsErrorResponse("Glance status of the code's kind", catalog.get(error))));
        }
        operation.getResponses().addAPIResponse("500", imsErrorResponse("Unexpected failure; no details leak",
                null));
    }

    private static APIResponse imsErrorResponse(String description, CatalogEntry example) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", example == null
                ? "Internal server error. Report the X-Request-Id header value to the operator."
                : example.message());
        error.put("code", example == null ? "IMG.0500" : example.code());
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(IMS_ERROR_SCHEMA))
                        .example(Map.of("error", error))));
    }

    private static APIResponse gatewayErrorResponse() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("error_code", "APIGW.0301");
        example.put("error_msg", "Incorrect IAM authentication information: verify aksk signature fail");
        example.put("request_id", "2c3c7a3ae1e24bd6a10fe6a1bd4b6f3b");
        return OASFactory.createAPIResponse()
                .description("Authentication failed at the API gateway")
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(GATEWAY_ERROR_SCHEMA))
                        .example(example)));
    }

    private static void addSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("message", text)
                .addProperty("code", text)
                .required(List.of("message", "code"));
        openAPI.getComponents().addSchema(IMS_ERROR_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("IMS error body; code is an IMG code of the error catalog")
                .addProperty("error", error)
                .required(List.of("error")));
        openAPI.getComponents().addSchema(GATEWAY_ERROR_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("API gateway error body, used for authentication failures and unknown routes")
                .addProperty("error_code", text)
                .addProperty("error_msg", text)
                .addProperty("request_id", text)
                .required(List.of("error_code", "error_msg", "request_id")));
    }
}
