package io.imsservice.coverage;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ImsError;
import io.imsservice.support.coverage.ErrorAssertion;
import io.imsservice.support.coverage.TestIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the catalog with the recorded error assertions. An entry is proven by an assertion with its code and its
 * exact message, so the two messages of IMG.0143 count separately.
 */
final class CoverageReport {
    private static final Comparator<ErrorAssertion> BY_TEST = Comparator
            .comparing((ErrorAssertion assertion) -> assertion.test().className())
            .thenComparing(assertion -> assertion.test().methodName())
            .thenComparing(assertion -> assertion.test().displayName())
            .thenComparing(ErrorAssertion::kind);

    /** A catalog entry and the assertions that prove it, first test first. */
    record Row(ImsError error, CatalogEntry entry, List<ErrorAssertion> proofs) {
        boolean covered() {
            return !proofs.isEmpty();
        }
    }

    private final List<Row> rows;

    private CoverageReport(List<Row> rows) {
        this.rows = rows;
    }

    static CoverageReport join(Map<ImsError, CatalogEntry> catalog, List<ErrorAssertion> assertions) {
        List<Row> rows = new ArrayList<>();
        for (ImsError error : ImsError.values()) {
            CatalogEntry entry = catalog.get(error);
            List<ErrorAssertion> proofs = assertions.stream()
                    .filter(assertion -> assertion.code().equals(entry.code()))
                    .filter(assertion -> assertion.message().equals(entry.message()))
                    .sorted(BY_TEST)
                    .toList();
            rows.add(new Row(error, entry, proofs));
        }
        return new CoverageReport(rows);
    }

    int total() {
        return rows.size();
    }

    int coveredCount() {
        return (int) rows.stream().filter(Row::covered).count();
    }

    List<Row> uncovered() {
        return rows.stream().filter(row -> !row.covered()).toList();
    }

    /** Renders the report as a Markdown page with one table row per catalog entry, in catalog order. */
    String toMarkdown() {
        StringBuilder page = new StringBuilder();
        page.append("# Error coverage\n\n")
                .append("Which test proves each entry of the IMS error catalog. `ErrorCoverageIT` writes this page ")
                .append("during `mvn verify` from the error assertions that the tests recorded, so edits here are ")
                .append("lost.\n\n")
                .append("An entry counts as covered when a test asserted its code and exact message, either as an ")
                .append("error response (`Ims.assertError`) or as a failed async job (`Ims.assertJobFailed`).\n\n")
                .append("Covered: ").append(coveredCount()).append(" of ").append(total()).append(" entries.\n\n")
                .append("| Code | Message | Scenario | Test |\n")
                .append("|---|---|---|---|\n");
        for (Row row : rows) {
            page.append("| ").append(codeCell(row.entry()))
                    .append(" | ").append(cell(row.entry().message()))
                    .append(" | ").append(row.covered() ? cell(scenario(row.proofs().get(0))) : "not covered")
                    .append(" | ").append(row.covered() ? cell(testCell(row.proofs())) : "")
                    .append(" |\n");
        }
        return page.toString();
    }

    private static String codeCell(CatalogEntry entry) {
        if (ImsError.DEFAULT_VARIANT.equals(entry.variant())) {
            return entry.code();
        }
        return entry.code() + " (" + entry.variant() + ")";
    }

    /** Describes the scenario: the test method in words, and the case name of a parameterized test. */
    static String scenario(ErrorAssertion proof) {
        TestIdentity test = proof.test();
        String scenario = words(test.methodName());
        if (!test.displayName().equals(test.methodName() + "()")) {
            scenario += ": " + unquote(test.displayName());
        }
        if (proof.kind() == ErrorAssertion.Kind.FAILED_JOB) {
            scenario += " (job ends in FAIL)";
        }
        return scenario;
    }

    /**
     * Removes the double quotes and backslash escapes that JUnit puts around a string argument in a display name,
     * such as {@code "running server"} for a case named {@code {0}}.
     */
    static String unquote(String displayName) {
        if (displayName.length() < 2 || !displayName.startsWith("\"") || !displayName.endsWith("\"")) {
            return displayName;
        }
        return displayName.substring(1, displayName.length() - 1)
                .replace("\\\"", "\"")
                .replace("\\\\", "\\");
    }

    private static String testCell(List<ErrorAssertion> proofs) {
        TestIdentity first = proofs.get(0).test();
        String cell = first.simpleClassName() + "#" + first.methodName();
        long others = proofs.stream()
                .map(proof -> proof.test().className() + "#" + proof.test().methodName())
                .distinct()
                .count() - 1;
        return others > 0 ? cell + " (+" + others + " more)" : cell;
    }

    /** Turns a camel-case method name into lower-case words, such as {@code createRejectsEmptyBody} into three. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
