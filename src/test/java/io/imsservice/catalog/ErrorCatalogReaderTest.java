package io.imsservice.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorCatalogReaderTest {

    private static final String FIRST_ENTRY = """
            - code: "IMG.0001"
              variant: "default"
              status: 400
              kind: "invalid_request"
              message: "The request message format is invalid."
              description_zh: "请求消息格式非法。"
              remedy_zh:
                - "请使用正确的请求消息格式"
            """;

    @Test
    void generatedResourceHasEveryError() {
        Map<ImsError, CatalogEntry> entries = ErrorCatalogReader.readResource(ErrorCatalog.RESOURCE);

        assertThat(entries).hasSize(ImsError.values().length);
        assertThat(entries.get(ImsError.OPERATION_NOT_PERMITTED).kind()).isEqualTo(ErrorKind.FORBIDDEN);
    }

    @Test
    void missingResourceFailsWithResourceName() {
        assertThatThrownBy(() -> ErrorCatalogReader.readResource("no-such-catalog.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-catalog.yaml")
                .hasMessageContaining("missing from the classpath")
                .hasMessageContaining(ErrorCatalogReader.REGENERATE_COMMAND);
    }

    @Test
    void malformedYamlFailsWithLocation() {
        String yaml = "- code: \"IMG.0001\n  status: [400";

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "broken.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Error catalog broken.yaml is malformed: ")
                .hasMessageContaining("line ");
    }

    @Test
    void emptyDocumentFails() {
        assertThatThrownBy(() -> ErrorCatalogReader.read(stream("# nothing\n"), "empty.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Error catalog empty.yaml is malformed: ");
    }

    @Test
    void emptyListFails() {
        assertThatThrownBy(() -> ErrorCatalogReader.read(stream("[]\n"), "empty-list.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Error catalog empty-list.yaml is malformed: it contains no entries");
    }

    @Test
    void nullEntryFails() {
        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(FIRST_ENTRY + "-\n"), "null-entry.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Error catalog null-entry.yaml is malformed: it has an empty entry");
    }

    @Test
    void entryWithoutMessageFails() {
        String yaml = FIRST_ENTRY.replace("  message: \"The request message format is invalid.\"\n", "");

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "partial.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Error catalog partial.yaml is malformed: ")
                .hasMessageContaining("'message'");
    }

    @Test
    void unknownKindFails() {
        String yaml = FIRST_ENTRY.replace("invalid_request", "teapot");

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "kind.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Error catalog kind.yaml is malformed: ")
                .hasMessageContaining("teapot");
    }

    @Test
    void unknownFieldFails() {
        String yaml = FIRST_ENTRY + "  colour: \"red\"\n";

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "extra.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void nonErrorStatusFails() {
        String yaml = FIRST_ENTRY.replace("status: 400", "status: 200");

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "status.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Error catalog status.yaml gives entry IMG.0001/default status 200, but an error status"
                        + " must be between 400 and 599");
    }

    @Test
    void missingEntryFailsNamingTheConstant() throws IOException {
        String yaml = generatedCatalog().replace("  variant: \"encrypted-image\"", "  variant: \"other\"");
        String withoutOther = removeEntry(yaml, "other");

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(withoutOther), "short.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no entry for ImsError.CROSS_REGION_COPY_ENCRYPTED")
                .hasMessageContaining("(IMG.0143/encrypted-image)")
                .hasMessageContaining(ErrorCatalogReader.REGENERATE_COMMAND);
    }

    @Test
    void entryWithoutConstantFails() throws IOException {
        String yaml = generatedCatalog() + FIRST_ENTRY.replace("IMG.0001", "IMG.9999");

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "extra-entry.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has entry IMG.9999/default that no ImsError constant names");
    }

    @Test
    void duplicateEntryFails() throws IOException {
        String yaml = generatedCatalog() + FIRST_ENTRY;

        assertThatThrownBy(() -> ErrorCatalogReader.read(stream(yaml), "twice.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has entry IMG.0001/default more than once");
    }

    private static String generatedCatalog() throws IOException {
        try (InputStream in = ErrorCatalogReaderTest.class.getClassLoader()
                .getResourceAsStream(ErrorCatalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Removes the list item whose variant line has the given value. */
    private static String removeEntry(String yaml, String variant) {
        String marker = "  variant: \"" + variant + "\"\n";
        int variantLine = yaml.indexOf(marker);
        int start = yaml.lastIndexOf("\n- ", variantLine) + 1;
        int end = yaml.indexOf("\n- ", variantLine) + 1;
        return yaml.substring(0, start) + yaml.substring(end);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
