package io.imsservice.catalog.generate;

import io.imsservice.catalog.CatalogEntry;
import java.util.List;

/**
 * Writes catalog entries as YAML text. Every string is double-quoted and every line ends with {@code \n}, so the
 * output depends only on the entries and stays byte-stable across platforms and library versions.
 */
final class CatalogYamlWriter {

    private CatalogYamlWriter() {
    }

    /** Returns the YAML document: the header comment lines, then one list item per entry in the given order. */
    static String write(List<String> headerLines, List<CatalogEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (String line : headerLines) {
            out.append("# ").append(line).append('\n');
        }
        for (CatalogEntry entry : entries) {
            out.append("- code: ").append(quote(entry.code())).append('\n');
            out.append("  variant: ").append(quote(entry.variant())).append('\n');
            out.append("  status: ").append(entry.status()).append('\n');
            out.append("  kind: ").append(quote(KindOverlay.yamlName(entry.kind()))).append('\n');
            out.append("  message: ").append(quote(entry.message())).append('\n');
            out.append("  description_zh: ").append(quote(entry.descriptionZh())).append('\n');
            if (entry.remedyZh().isEmpty()) {
                out.append("  remedy_zh: []\n");
            } else {
                out.append("  remedy_zh:\n");
                for (String line : entry.remedyZh()) {
                    out.append("    - ").append(quote(line)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Returns a YAML double-quoted scalar, escaping the backslash, the quote and every non-printable character. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
