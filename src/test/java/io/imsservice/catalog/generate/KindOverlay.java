package io.imsservice.catalog.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.imsservice.catalog.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hand-written overlay {@code error-kinds.yaml}: the kind of every code, and the variant key of each message of
 * the codes that the table lists more than once.
 *
 * @param kinds kind of every code
 * @param variants for each code listed more than once, its variant keys mapped to their English messages
 */
record KindOverlay(Map<String, ErrorKind> kinds, Map<String, Map<String, String>> variants) {

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Top-level layout of the overlay file. */
    private record File(Map<String, String> kinds, Map<String, Map<String, String>> variants) {
    }

    /** Reads the overlay and checks that every kind names an {@link ErrorKind}. */
    static KindOverlay read(Path path) throws IOException {
        File file = MAPPER.readValue(Files.readString(path), File.class);
        if (file.kinds() == null) {
            throw new IllegalArgumentException(path + " has no 'kinds' map");
        }

        Map<String, ErrorKind> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : file.kinds().entrySet()) {
            kinds.put(entry.getKey(), parseKind(path, entry.getKey(), entry.getValue()));
        }
        Map<String, Map<String, String>> variants = file.variants() == null ? Map.of() : file.variants();
        return new KindOverlay(kinds, variants);
    }

    private static ErrorKind parseKind(Path path, String code, String value) {
        for (ErrorKind kind : ErrorKind.values()) {
            if (yamlName(kind).equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(path + " gives " + code + " the unknown kind '" + value + "'");
    }

    /** Returns the lower-case name that the overlay and the catalog use for a kind. */
    static String yamlName(ErrorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
