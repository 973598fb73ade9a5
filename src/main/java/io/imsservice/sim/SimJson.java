package io.imsservice.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses and validates simulation API bodies. Resources take the body as text and parse it here, so that every
 * malformed body gets a SIM error whatever exception mappers the rest of the service installs.
 */
@ApplicationScoped
class SimJson {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    /** Parses a body that must be a JSON object. */
    ObjectNode parseObject(String body) {
        if (body == null || body.isBlank()) {
            throw SimError.BODY_MALFORMED.exception("The request body is empty: send a JSON object");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw SimError.BODY_MALFORMED.exception("The request body is not valid JSON" + where);
        }
        if (!(node instanceof ObjectNode object)) {
            throw SimError.BODY_MALFORMED.exception("The request body must be a JSON object");
        }
        return object;
    }

    /** Converts a JSON object to the record type, rejecting unknown fields and values of the wrong type. */
    <T> T convert(ObjectNode object, Class<T> type) {
        ObjectReader reader = mapper.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(object);
        } catch (UnrecognizedPropertyException e) {
            throw SimError.BODY_MALFORMED.exception("Unknown field '" + e.getPropertyName() + "'");
        } catch (MismatchedInputException e) {
            throw SimError.BODY_MALFORMED.exception("Field '" + fieldPath(e) + "' has the wrong JSON type");
        } catch (IOException e) {
            // The parser message names Java classes, so only the field is reported.
            String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "(body)";
            throw SimError.BODY_MALFORMED.exception("Field '" + field + "' cannot be read: check its type and range");
        }
    }

    /** Checks the bean constraints of a parsed body; the first violation by field name becomes the error. */
    <T> T validate(T value) {
        validator.validate(value).stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw SimError.FIELD_INVALID.exception(describe(violation));
                });
        return value;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) of a flat object to a record: fields in the patch replace the record's,
     * null included, and the result is converted and validated again.
     */
    <T> T merge(T current, ObjectNode patch, Class<T> type) {
        ObjectNode merged = mapper.valueToTree(current);
        merged.setAll(patch);
        return validate(convert(merged, type));
    }

    /** Writes the violation as a sentence; the allowed values of a pattern such as {@code A|B} read as A, B. */
    private static String describe(ConstraintViolation<?> violation) {
        String message = violation.getMessage().replace("|", ", ");
        return "Field '" + snakeCase(violation.getPropertyPath().toString()) + "' " + message;
    }

    private static String fieldPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path.replace(".[", "[");
    }

    /** Turns a bean property path such as {@code dataDiskIds[0].<list element>} into {@code data_disk_ids[0]}. */
    static String snakeCase(String propertyPath) {
        String path = propertyPath.replace(".<list element>", "");
        return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
