package io.imsservice.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.catalog.ErrorCatalogReader;
import io.imsservice.catalog.ImsError;
import io.imsservice.support.coverage.ErrorAssertion;
import io.imsservice.support.coverage.ErrorCoverageLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The error coverage gate. Failsafe runs it in {@code mvn verify}, after the unit and {@code @QuarkusTest} tests
 * have recorded their error assertions. It writes the coverage page and fails when fewer catalog entries than
 * {@value #MINIMUM_PROPERTY} (default: all) have a test that proves them.
 */
class ErrorCoverageIT {
    static final String MINIMUM_PROPERTY = "ims.coverage.minimum";
    static final String REPORT_PROPERTY = "error-coverage.report";
    private static final String DEFAULT_REPORT = "docs/error-coverage.md";

    @Test
    void catalogEntriesAreProvenByTests() throws IOException {
        Map<ImsError, CatalogEntry> catalog = ErrorCatalogReader.readResource(ErrorCatalog.RESOURCE);
        Path records = ErrorCoverageLog.directory();
        List<ErrorAssertion> assertions = ErrorCoverageLog.readAll(records);

        CoverageReport report = CoverageReport.join(catalog, assertions);
        Path page = Path.of(System.getProperty(REPORT_PROPERTY, DEFAULT_REPORT));
        Files.createDirectories(page.toAbsolutePath().getParent());
        Files.writeString(page, report.toMarkdown(), StandardCharsets.UTF_8);

        int minimum = Integer.getInteger(MINIMUM_PROPERTY, catalog.size());
        String uncovered = report.uncovered().stream()
                .map(row -> row.entry().key())
                .collect(Collectors.joining(", "));
        assertThat(report.coveredCount())
                .as("catalog entries proven by a test, out of %d; %d error assertions read from %s; report in %s; "
                        + "not covered: %s", report.total(), assertions.size(), records, page, uncovered)
                .isGreaterThanOrEqualTo(minimum);
    }
}
