package io.imsservice.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.catalog.CatalogEntry;
import io.imsservice.catalog.ErrorCatalog;
import io.imsservice.catalog.ErrorCatalogReader;
import io.imsservice.catalog.ImsError;
import io.imsservice.support.coverage.ErrorAssertion;
import io.imsservice.support.coverage.ErrorAssertion.Kind;
import io.imsservice.support.coverage.TestIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageReportTest {
    private static final Map<ImsError, CatalogEntry> CATALOG = ErrorCatalogReader.readResource(ErrorCatalog.RESOURCE);
    private static final TestIdentity PLAIN_TEST =
            new TestIdentity("io.imsservice.api.ExampleTest", "createRejectsEmptyBody", "createRejectsEmptyBody()");
    private static final TestIdentity CASE_TEST =
            new TestIdentity("io.imsservice.api.ExampleTest", "createRejectsBadRequest", "running server");

    @Test
    void recordSurvivesEncoding() {
        ErrorAssertion assertion = new ErrorAssertion(Kind.FAILED_JOB, 200, "IMG.0014",
                "tab\there, line\nbreak, back\\slash", new TestIdentity("a.B", "m", "case\twith tab"));

        ErrorAssertion decoded = ErrorAssertion.decode(assertion.encode());

        assertThat(assertion.encode()).doesNotContain("\n");
        assertThat(decoded).isEqualTo(assertion);
    }

    @Test
    void entryNeedsCodeAndExactMessage() {
        List<ErrorAssertion> assertions = List.of(
                new ErrorAssertion(Kind.RESPONSE, 400, "IMG.0007", "The request body is empty.", PLAIN_TEST),
                new ErrorAssertion(Kind.RESPONSE, 400, "IMG.0013", "Some other message.", PLAIN_TEST));

        CoverageReport report = CoverageReport.join(CATALOG, assertions);

        assertThat(report.total()).isEqualTo(153);
        assertThat(report.coveredCount()).isEqualTo(1);
        assertThat(report.uncovered()).extracting(CoverageReport.Row::error).contains(ImsError.IMAGE_NAME_MISSING);
    }

    @Test
    void variantsOfOneCodeCountSeparately() {
        List<ErrorAssertion> assertions = List.of(new ErrorAssertion(Kind.RESPONSE, 400, "IMG.0143",
                "Replication must be performed across regions.", CASE_TEST));

        CoverageReport report = CoverageReport.join(CATALOG, assertions);

        assertThat(report.coveredCount()).isEqualTo(1);
        assertThat(report.uncovered()).extracting(CoverageReport.Row::error)
                .contains(ImsError.CROSS_REGION_COPY_ENCRYPTED)
                .doesNotContain(ImsError.CROSS_REGION_COPY_SAME_REGION);
    }

    @Test
    void scenarioDropsQuotesOfStringArguments() {
        assertThat(CoverageReport.unquote("\"running server\"")).isEqualTo("running server");
        assertThat(CoverageReport.unquote("\"[{\\\"op\\\":\\\"move\\\"}]\"")).isEqualTo("[{\"op\":\"move\"}]");
        assertThat(CoverageReport.unquote("running server")).isEqualTo("running server");
        assertThat(CoverageReport.unquote("\"")).isEqualTo("\"");
    }

    @Test
    void markdownNamesScenarioAndTest() {
        List<ErrorAssertion> assertions = List.of(
                new ErrorAssertion(Kind.RESPONSE, 400, "IMG.0008",
                        "The ECS can be used to create images because it is not in stopped state.", CASE_TEST),
                new ErrorAssertion(Kind.FAILED_JOB, 200, "IMG.0014",
                        "An exception occurred when IaaS OpenStack was executing the task.", PLAIN_TEST));

        String markdown = CoverageReport.join(CATALOG, assertions).toMarkdown();

        assertThat(markdown).contains("Covered: 2 of 153 entries.");
        assertThat(markdown).contains("| IMG.0008 | The ECS can be used to create images because it is not in "
                + "stopped state. | create rejects bad request: running server "
                + "| ExampleTest#createRejectsBadRequest |");
        assertThat(markdown).contains("| create rejects empty body (job ends in FAIL) |");
        assertThat(markdown).contains("| IMG.0143 (same-region) | Replication must be performed across regions. "
                + "| not covered |  |");
    }
}
