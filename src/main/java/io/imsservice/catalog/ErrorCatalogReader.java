package io.imsservice.catalog;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the generated error catalog. Every failure is an {@link IllegalStateException} whose message names
 * the catalog source and the broken entry, because a bad catalog must stop the service at start-up.
 */
public final class ErrorCatalogReader {

    /** Maven command that rewrites the catalog from the documentation table. */
    public static final String REGENERATE_COMMAND = "mvn -Pgenerate-catalog process-test-classes";

    private static final TypeReference<List<CatalogEntry>> ENTRY_LIST = new TypeReference<>() {
    };

    // Kinds are lower case in the YAML file and upper case in the enum.
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ErrorCatalogReader() {
    }

    /** Reads the catalog from a classpath resource of the context class loader. */
    public static Map<ImsError, CatalogEntry> readResource(String resourceName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ErrorCatalogReader.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Error catalog resource " + resourceName
                        + " is missing from the classpath. Regenerate it with: " + REGENERATE_COMMAND);
            }
            return read(in, resourceName);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read error catalog " + resourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a catalog and checks that it has exactly one entry for every {@link ImsError} constant.
     *
     * @param in YAML text: a list of entries with the fields of {@link CatalogEntry}
     * @param sourceName name of the catalog for error messages
     * @return the entry of every constant
     */
    public static Map<ImsError, CatalogEntry> read(InputStream in, String sourceName) {
        List<CatalogEntry> entries = parse(in, sourceName);

        Map<String, ImsError> constantsByKey = new HashMap<>();
        for (ImsError error : ImsError.values()) {
            constantsByKey.put(error.code() + "/" + error.variant(), error);
        }

        Map<ImsError, CatalogEntry> byError = new EnumMap<>(ImsError.class);
        for (CatalogEntry entry : entries) {
            checkFields(entry, sourceName);
            ImsError error = constantsByKey.get(entry.key());
            if (error == null) {
                throw new IllegalStateException("Error catalog " + sourceName + " has entry " + entry.key()
                        + " that no ImsError constant names. Add the constant or remove the entry");
            }
            if (byError.put(error, entry) != null) {
                throw new IllegalStateException("Error catalog " + sourceName + " has entry " + entry.key()
                        + " more than once");
            }
        }

        for (ImsError error : ImsError.values()) {
            if (!byError.containsKey(error)) {
                throw new IllegalStateException("Error catalog " + sourceName + " has no entry for ImsError." + error
                        + " (" + error.code() + "/" + error.variant() + "). Regenerate it with: "
                        + REGENERATE_COMMAND);
            }
        }
        return byError;
    }

    /** Parses the entries without checking them against {@link ImsError}. */
    static List<CatalogEntry> parse(InputStream in, String sourceName) {
        List<CatalogEntry> entries;
        try {
            entries = MAPPER.readValue(in, ENTRY_LIST);
        } catch (JacksonException e) {
            throw new IllegalStateException("Error catalog " + sourceName + " is malformed: "
                    + e.getOriginalMessage() + locationOf(e) + ". Regenerate it with: " + REGENERATE_COMMAND, e);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read error catalog " + sourceName + ": " + e.getMessage(), e);
        }

        if (entries == null || entries.isEmpty()) {
            throw new IllegalStateException("Error catalog " + sourceName + " is malformed: it contains no entries");
        }
        return entries;
    }

    private static String locationOf(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static void checkFields(CatalogEntry entry, String sourceName) {
        if (entry == null) {
            throw new IllegalStateException("Error catalog " + sourceName + " is malformed: it has an empty entry");
        }
        if (entry.status() < 400 || entry.status() > 599) {
            throw new IllegalStateException("Error catalog " + sourceName + " gives entry " + entry.key()
                    + " status " + entry.status() + ", but an error status must be between 400 and 599");
        }
        if (entry.message().isBlank()) {
            throw new IllegalStateException("Error catalog " + sourceName + " gives entry " + entry.key()
                    + " an empty message");
        }
    }
}
