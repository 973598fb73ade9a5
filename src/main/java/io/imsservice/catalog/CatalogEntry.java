package io.imsservice.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * One row of the IMS error-code table, as the generated {@code error-catalog.yaml} stores it.
 *
 * @param code wire code, such as {@code IMG.0001}
 * @param variant {@value ImsError#DEFAULT_VARIANT}, or the key that selects one message of a code documented twice
 * @param status HTTP status that the table gives the code, returned on extension paths
 * @param kind classification that decides the status on Glance-native paths
 * @param message English message, verbatim from the table (typos included), sent in every error body
 * @param descriptionZh Chinese description from the table
 * @param remedyZh Chinese remedy, one item per paragraph or bullet line of the table cell
 */
@RegisterForReflection
@JsonPropertyOrder({"code", "variant", "status", "kind", "message", "description_zh", "remedy_zh"})
public record CatalogEntry(
        String code,
        String variant,
        int status,
        ErrorKind kind,
        String message,
        @JsonProperty("description_zh") String descriptionZh,
        @JsonProperty("remedy_zh") List<String> remedyZh) {

    /** Returns the {@code code/variant} key that names this entry in messages. */
    public String key() {
        return code + "/" + variant;
    }
}
