package io.imsservice.support.coverage;

/**
 * Escapes text for the tab-separated coverage records: a backslash, tab, carriage return or line feed becomes a
 * backslash escape, so every record stays on one line.
 */
final class Fields {

    private Fields() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                plain.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> plain.append('\t');
                case 'r' -> plain.append('\r');
                case 'n' -> plain.append('\n');
                default -> plain.append(next);
            }
        }
        return plain.toString();
    }

    /**
     * Splits a line into exactly {@code count} tab-separated fields and unescapes each.
     *
     * @throws IllegalArgumentException when the line has another number of fields
     */
    static String[] split(String line, int count) {
        String[] fields = line.split("\t", -1);
        if (fields.length != count) {
            throw new IllegalArgumentException("Expected " + count + " tab-separated fields but found "
                    + fields.length + " in: " + line);
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unescape(fields[i]);
        }
        return fields;
    }
}
