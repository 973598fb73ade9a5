package io.imsservice.catalog.generate;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ErrorCatalogReader;
import io.imsservice.catalog.ImsError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates {@code src/main/resources/error-catalog.yaml} from the IMS error-code table and the hand-written kind
 * overlay. Run it with {@value ErrorCatalogReader#REGENERATE_COMMAND}; the catalog test reruns it and compares.
 */
public final class CatalogGenerator {

    static final Path TABLE = Path.of("src/main/catalog/ims-error-codes.md");
    static final Path OVERLAY = Path.of("src/main/catalog/error-kinds.yaml");
    static final Path OUTPUT = Path.of("src/main/resources/error-catalog.yaml");

    private CatalogGenerator() {
    }

    /**
     * Writes the catalog. Arguments, all optional and relative to the working directory: the table page, the
     * overlay and the output file.
     */
    public static void main(String[] args) throws IOException {
        Path table = args.length > 0 ? Path.of(args[0]) : TABLE;
        Path overlay = args.length > 1 ? Path.of(args[1]) : OVERLAY;
        Path output = args.length > 2 ? Path.of(args[2]) : OUTPUT;

        String yaml = generate(table, overlay);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, yaml, StandardCharsets.UTF_8);
        System.out.println("Wrote " + output + " from " + table + " and " + overlay);
    }

    /** Returns the catalog YAML text for a table page and an overlay. */
    public static String generate(Path table, Path overlay) throws IOException {
        List<ErrorCodeTable.Row> rows = ErrorCodeTable.parse(Files.readString(table, StandardCharsets.UTF_8));
        List<CatalogEntry> entries = join(rows, KindOverlay.read(overlay), overlay);

        List<String> header = List.of(
                "Generated file: do not edit. " + CatalogGenerator.class.getName() + " writes it from",
                TABLE + " and " + OVERLAY + ".",
                "Regenerate with: " + ErrorCatalogReader.REGENERATE_COMMAND);
        return CatalogYamlWriter.write(header, entries);
    }

    /** Gives each row its kind and variant key, failing on a code that the overlay misses or has in excess. */
    static List<CatalogEntry> join(List<ErrorCodeTable.Row> rows, KindOverlay overlay, Path overlayPath) {
        Map<String, Integer> rowsPerCode = new HashMap<>();
        for (ErrorCodeTable.Row row : rows) {
            rowsPerCode.merge(row.code(), 1, Integer::sum);
        }
        checkOverlayCodes(rowsPerCode.keySet(), overlay, overlayPath);

        List<CatalogEntry> entries = new ArrayList<>();
        for (ErrorCodeTable.Row row : rows) {
            String variant = variantOf(row, rowsPerCode.get(row.code()), overlay, overlayPath);
            entries.add(new CatalogEntry(row.code(), variant, row.status(), overlay.kinds().get(row.code()),
                    row.message(), row.descriptionZh(), row.remedyZh()));
        }
        return entries;
    }

    private static void checkOverlayCodes(Set<String> tableCodes, KindOverlay overlay, Path overlayPath) {
        Set<String> missing = new HashSet<>(tableCodes);
        missing.removeAll(overlay.kinds().keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(overlayPath + " has no kind for " + sorted(missing));
        }

        Set<String> unknown = new HashSet<>(overlay.kinds().keySet());
        unknown.addAll(overlay.variants().keySet());
        unknown.removeAll(tableCodes);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(overlayPath + " names codes that the table lacks: " + sorted(unknown));
        }
    }

    private static String variantOf(ErrorCodeTable.Row row, int rowCount, KindOverlay overlay, Path overlayPath) {
        Map<String, String> variants = overlay.variants().get(row.code());
        if (rowCount == 1) {
            if (variants != null) {
                throw new IllegalArgumentException(overlayPath + " gives variants to " + row.code()
                        + ", but the table lists it once");
            }
            return ImsError.DEFAULT_VARIANT;
        }

        if (variants != null) {
            for (Map.Entry<String, String> variant : variants.entrySet()) {
                if (variant.getValue().equals(row.message())) {
                    return variant.getKey();
                }
            }
        }
        throw new IllegalArgumentException(row.code() + " appears " + rowCount + " times in the table, but "
                + overlayPath + " has no variant key for its message '" + row.message() + "'");
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream()
                .sorted()
                .toList();
    }
}
