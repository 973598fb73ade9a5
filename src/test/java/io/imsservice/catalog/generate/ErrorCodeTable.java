package io.imsservice.catalog.generate;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the data rows of the IMS error-code table: the only HTML {@code <table>} in the Markdown page, with the
 * columns status, code, Chinese description, English message and Chinese remedy.
 */
final class ErrorCodeTable {

    /** Header cells that the table must have, in order, so that a reordered page fails instead of being misread. */
    static final List<String> EXPECTED_HEADERS = List.of("状态码", "错误码", "说明", "Error Message", "处理措施");

    private static final char NO_BREAK_SPACE = '\u00a0';
    private static final char BULLET = '\u00b7';

    /** One data row with markup removed and whitespace collapsed. */
    record Row(int status, String code, String descriptionZh, String message, List<String> remedyZh) {
    }

    private ErrorCodeTable() {
    }

    /** Parses the page text and returns its data rows in table order. */
    static List<Row> parse(String markdown) {
        Document page = Jsoup.parse(markdown);
        Elements tables = page.select("table");
        if (tables.size() != 1) {
            throw new IllegalArgumentException("Expected exactly one <table> in the error-code page, found "
                    + tables.size());
        }
        Element table = tables.first();
        checkHeaders(table);

        List<Row> rows = new ArrayList<>();
        for (Element tr : table.select("tbody > tr")) {
            rows.add(readRow(tr));
        }
        return rows;
    }

    private static void checkHeaders(Element table) {
        List<String> headers = new ArrayList<>();
        for (Element th : table.select("thead th")) {
            headers.add(normalize(th.text()));
        }
        if (!headers.equals(EXPECTED_HEADERS)) {
            throw new IllegalArgumentException("Error-code table headers are " + headers + ", expected "
                    + EXPECTED_HEADERS);
        }
    }

    private static Row readRow(Element tr) {
        Elements cells = new Elements();
        for (Element child : tr.children()) {
            if (child.nameIs("td")) {
                cells.add(child);
            }
        }
        if (cells.size() != EXPECTED_HEADERS.size()) {
            throw new IllegalArgumentException("Error-code table row " + tr.id() + " has " + cells.size()
                    + " cells, expected " + EXPECTED_HEADERS.size());
        }
        String statusText = normalize(cells.get(0).text());
        String code = normalize(cells.get(1).text());
        int status;
        try {
            status = Integer.parseInt(statusText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Error-code table row " + code + " has status '" + statusText
                    + "', expected an integer", e);
        }
        return new Row(status, code, normalize(cells.get(2).text()), normalize(cells.get(3).text()),
                remedyLines(cells.get(4)));
    }

    /** Splits the remedy cell into its paragraphs and drops the leading bullet of each bullet line. */
    private static List<String> remedyLines(Element cell) {
        Elements paragraphs = cell.select("p, li");
        List<String> texts = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            texts.add(cell.text());
        } else {
            for (Element paragraph : paragraphs) {
                texts.add(paragraph.text());
            }
        }

        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            String line = normalize(text);
            if (!line.isEmpty() && line.charAt(0) == BULLET) {
                line = line.substring(1).strip();
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Turns no-break spaces into plain spaces, collapses every run of whitespace into one space and trims. jsoup has
     * already decoded the entities.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NO_BREAK_SPACE || Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
