package io.imsservice.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesLoaderTest {

    private static final String DEFAULT = "classpath:fixtures/default.yaml";

    @TempDir
    Path directory;

    @Test
    void defaultFixturesLoad() {
        Fixtures fixtures = FixturesLoader.load(DEFAULT, "cn-north-4");

        assertThat(fixtures.regions()).containsExactly("cn-north-4", "cn-south-1", "ap-southeast-1");
        assertThat(fixtures.domains()).hasSize(2);
        assertThat(fixtures.projects()).hasSize(4);
        assertThat(fixtures.publicImages()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fixtures.osVersions()).hasSizeBetween(15, 25);
    }

    @Test
    void defaultServersCoverCaptureRules() {
        Map<String, Fixtures.Server> servers = FixturesLoader.load(DEFAULT, "cn-north-4").servers().stream()
                .collect(Collectors.toMap(Fixtures.Server::name, Function.identity()));
        Map<String, Fixtures.Disk> disks = FixturesLoader.load(DEFAULT, "cn-north-4").disks().stream()
                .collect(Collectors.toMap(Fixtures.Disk::id, Function.identity()));

        Fixtures.Server ready = servers.get("ecs-ready");
        assertThat(ready.status()).isEqualTo("SHUTOFF");
        assertThat(ready.taskState()).isNull();
        assertThat(ready.vmType()).isEqualTo("kvm");
        assertThat(ready.dataDiskIds()).hasSize(2);
        assertThat(disks.get(ready.systemDiskId()).status()).isEqualTo("in-use");
        assertThat(disks.get(ready.systemDiskId()).volumeType()).isEqualTo("SSD");
        assertThat(disks.get(ready.systemDiskId()).bootable()).isTrue();
        assertThat(servers.get("ecs-running").status()).isEqualTo("ACTIVE");
        assertThat(servers.get("ecs-busy").taskState()).isEqualTo("image_snapshot");
        assertThat(servers.get("ecs-container").vmType()).isEqualTo("container");
        assertThat(servers.get("ecs-no-system-disk").systemDiskId()).isNull();
        assertThat(disks.get(servers.get("ecs-dess").systemDiskId()).volumeType()).isEqualTo("DESS");
        assertThat(disks.get(servers.get("ecs-disk-error").systemDiskId()).status()).isEqualTo("error");
        assertThat(disks.get(servers.get("ecs-huge-disk").systemDiskId()).sizeGb()).isGreaterThan(1024);
        assertThat(servers.get("ecs-dev-ready").projectId()).isEqualTo(FixtureCredentials.ACME_DEV_PROJECT);
    }

    @Test
    void publicImagesUseImageAttributeNames() {
        Map<String, Object> image = FixturesLoader.load(DEFAULT, "cn-north-4").publicImages().get(0);

        assertThat(image.get("__imagetype")).isEqualTo("gold");
        assertThat(image.get("visibility")).isEqualTo("public");
        assertThat(image.get("protected")).isEqualTo(true);
        assertThat(image.get("owner")).isEqualTo("ba02cdc44ef92dc824cbf9ebac9f904d");
        assertThat(image.get("__os_bit")).isEqualTo("64");
        assertThat(image.get("min_disk")).isEqualTo(40);
        assertThat(image).containsKey("__data_origin");
    }

    @Test
    void missingFileStopsLoading() {
        Path missing = directory.resolve("absent.yaml");

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(missing.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining(missing + " does not exist");
        assertThat(failure).hasMessageContaining("ims.fixtures.path");
    }

    @Test
    void malformedYamlStopsLoading() throws IOException {
        Path file = write("regions: [cn-north-4\nprojects: {");

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining(file + " cannot be parsed");
    }

    @Test
    void unknownFieldStopsLoading() throws IOException {
        Path file = write(defaultYaml().replace("platform_project_id:", "platform_projekt_id:"));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining("platform_projekt_id");
    }

    @Test
    void attachmentMismatchStopsLoading() throws IOException {
        String freeDisk = "server_id: null\n    bootable: false";
        String yaml = defaultYaml();
        assertThat(yaml).contains(freeDisk);
        Path file = write(yaml.replace(freeDisk,
                "server_id: " + FixtureCredentials.READY_SERVER + "\n    bootable: false"));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining("disk " + FixtureCredentials.FREE_DISK + " has server_id "
                + FixtureCredentials.READY_SERVER + " but is listed by server null");
    }

    @Test
    void serviceRegionMustBeListed() {
        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(DEFAULT, "eu-west-0"));

        assertThat(failure).hasMessageContaining("does not contain the service region eu-west-0");
    }

    @Test
    void unknownReferencesAreReported() throws IOException {
        Path file = write(defaultYaml().replace("domain_id: 38dbfdf7b0ff79cb4c47e12a51a6dfc9\n    region: cn-north-4",
                "domain_id: ffffffffffffffffffffffffffffffff\n    region: mars-1"));

        FixturesLoader.InvalidFixturesException failure = catchThrowableOfType(
                FixturesLoader.InvalidFixturesException.class, () -> FixturesLoader.load(file.toString(),
                        "cn-north-4"));

        assertThat(failure).hasMessageContaining("refers to unknown domain ffffffffffffffffffffffffffffffff");
        assertThat(failure).hasMessageContaining("is in unknown region mars-1");
    }

    private Path write(String yaml) throws IOException {
        Path file = directory.resolve("fixtures.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String defaultYaml() throws IOException {
        try (InputStream input = FixturesLoaderTest.class.getClassLoader()
                .getResourceAsStream("fixtures/default.yaml")) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
