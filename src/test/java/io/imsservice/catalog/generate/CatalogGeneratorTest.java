package io.imsservice.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {

    @TempDir
    Path tempDir;

    @Test
    void regenerationReproducesCommittedCatalog() throws IOException {
        byte[] committed = Files.readAllBytes(CatalogGenerator.OUTPUT);

        byte[] regenerated = CatalogGenerator.generate(CatalogGenerator.TABLE, CatalogGenerator.OVERLAY)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(regenerated).isEqualTo(committed);
    }

    @Test
    void mainWritesTheSameBytes() throws IOException {
        Path output = tempDir.resolve("nested/error-catalog.yaml");

        CatalogGenerator.main(new String[] {
            CatalogGenerator.TABLE.toString(), CatalogGenerator.OVERLAY.toString(), output.toString()});

        assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(CatalogGenerator.OUTPUT));
    }

    @Test
    void outputStartsWithGeneratedHeader() throws IOException {
        String yaml = CatalogGenerator.generate(CatalogGenerator.TABLE, CatalogGenerator.OVERLAY);

        assertThat(yaml).startsWith("# Generated file: do not edit.");
        assertThat(yaml).contains("# Regenerate with: mvn -Pgenerate-catalog process-test-classes\n");
    }

    @Test
    void overlayMissingACodeFails() throws IOException {
        Path overlay = overlayWith(text -> text.replace("  IMG.0005: not_found\n", ""));

        assertThatThrownBy(() -> CatalogGenerator.generate(CatalogGenerator.TABLE, overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no kind for [IMG.0005]");
    }

    @Test
    void overlayWithUnknownCodeFails() throws IOException {
        Path overlay = overlayWith(text -> text.replace("kinds:\n", "kinds:\n  IMG.0083: conflict\n"));

        assertThatThrownBy(() -> CatalogGenerator.generate(CatalogGenerator.TABLE, overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names codes that the table lacks: [IMG.0083]");
    }

    @Test
    void overlayWithUnknownKindFails() throws IOException {
        Path overlay = overlayWith(text -> text.replace("  IMG.0005: not_found", "  IMG.0005: missing"));

        assertThatThrownBy(() -> CatalogGenerator.generate(CatalogGenerator.TABLE, overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gives IMG.0005 the unknown kind 'missing'");
    }

    @Test
    void duplicatedCodeWithoutVariantKeyFails() throws IOException {
        Path overlay = overlayWith(text -> text.replace("across regions.\"", "across clouds.\""));

        assertThatThrownBy(() -> CatalogGenerator.generate(CatalogGenerator.TABLE, overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IMG.0143 appears 2 times in the table")
                .hasMessageContaining("'Replication must be performed across regions.'");
    }

    @Test
    void tableWithoutExpectedHeadersFails() {
        String page = "<table><thead><tr><th>Code</th></tr></thead><tbody></tbody></table>";

        assertThatThrownBy(() -> ErrorCodeTable.parse(page))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("headers are [Code]");
    }

    @Test
    void normalizeCollapsesAllWhitespace() {
        assertThat(ErrorCodeTable.normalize("\u00a0 a\u00a0\u00a0b \n\t c ")).isEqualTo("a b c");
    }

    @Test
    void quotingEscapesYamlSpecialCharacters() {
        assertThat(CatalogYamlWriter.quote("say \"hi\" \\ #: - x")).isEqualTo("\"say \\\"hi\\\" \\\\ #: - x\"");
        assertThat(CatalogYamlWriter.quote("tab\there")).isEqualTo("\"tab\\u0009here\"");
    }

    private Path overlayWith(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path overlay = tempDir.resolve("error-kinds.yaml");
        String original = Files.readString(CatalogGenerator.OVERLAY, StandardCharsets.UTF_8);
        String edited = edit.apply(original);
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(overlay, edited, StandardCharsets.UTF_8);
        return overlay;
    }
}
