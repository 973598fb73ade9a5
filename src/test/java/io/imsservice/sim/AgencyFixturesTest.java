package io.imsservice.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agencies section of the fixtures and the rules the loader checks on it. */
class AgencyFixturesTest {
    private static final String ADMIN_AGENCY_PROJECTS = """
              - name: ims_admin_agency
                domain_id: 9c01cec16cc1434213bd25fa1d01f1e3
                ims_project_ids:
                  - a95d7cb0b584c77df31fc29aa4b60739
            """;

    @TempDir
    Path directory;

    @Test
    void defaultAgenciesLoad() {
        Fixtures fixtures = FixturesLoader.load("classpath:fixtures/default.yaml", "cn-north-4");

        assertThat(fixtures.agencies())
                .extracting(Fixtures.Agency::name)
                .containsExactly("ims_admin_agency", "ims_readonly_agency", "ims_admin_agency");
        assertThat(fixtures.agencies().get(0).imsProjectIds())
                .containsExactly(FixtureCredentials.ACME_SOUTH_PROJECT);
        assertThat(fixtures.agencies().get(1).imsProjectIds()).isEmpty();
    }

    @Test
    void agencyProjectOfOtherDomainIsReported() throws IOException {
        Path file = write(defaultYaml().replace(ADMIN_AGENCY_PROJECTS, ADMIN_AGENCY_PROJECTS
                .replace("a95d7cb0b584c77df31fc29aa4b60739", FixtureCredentials.GLOBEX_PROJECT)));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining("agency ims_admin_agency grants rights in project "
                + FixtureCredentials.GLOBEX_PROJECT + " of another domain");
    }

    @Test
    void agencyUnknownProjectIsReported() throws IOException {
        Path file = write(defaultYaml().replace(ADMIN_AGENCY_PROJECTS, ADMIN_AGENCY_PROJECTS
                .replace("a95d7cb0b584c77df31fc29aa4b60739", "ffffffffffffffffffffffffffffffff")));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining(
                "agency ims_admin_agency refers to unknown project ffffffffffffffffffffffffffffffff");
    }

    @Test
    void duplicateAgencyIsReported() throws IOException {
        Path file = write(defaultYaml().replace(ADMIN_AGENCY_PROJECTS, ADMIN_AGENCY_PROJECTS + ADMIN_AGENCY_PROJECTS));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining("agency " + FixtureCredentials.ACME_DOMAIN
                + "/ims_admin_agency is defined twice");
    }

    private Path write(String yaml) throws IOException {
        Path file = directory.resolve("fixtures.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String defaultYaml() throws IOException {
        try (InputStream input = AgencyFixturesTest.class.getClassLoader()
                .getResourceAsStream("fixtures/default.yaml")) {
            String yaml = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains(ADMIN_AGENCY_PROJECTS);
            return yaml;
        }
    }
}
