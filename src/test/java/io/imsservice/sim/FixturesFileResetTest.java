package io.imsservice.sim;

import static io.imsservice.sim.SimulationApiTest.assertSimError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Loads the fixtures from a file system path, which a reset reads again. */
@QuarkusTest
@TestProfile(FixturesFileResetTest.FileFixtures.class)
class FixturesFileResetTest {

    private static final Path FILE = Path.of("target", "test-fixtures", "fixtures.yaml").toAbsolutePath();

    /** Copies the default fixtures to {@link #FILE} and points {@code ims.fixtures.path} at it. */
    public static class FileFixtures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            writeFixtures(defaultYaml());
            return Map.of("ims.fixtures.path", FILE.toString());
        }
    }

    @AfterEach
    void restoreFixtures() {
        writeFixtures(defaultYaml());
        given().when().post("/sim/v1/reset").then().statusCode(204);
    }

    @Test
    void resetRereadsFile() {
        writeFixtures(defaultYaml().replace("name: ecs-ready", "name: ecs-renamed"));

        given().when().post("/sim/v1/reset").then().statusCode(204);

        String name = given().when().get("/sim/v1/servers/" + FixtureCredentials.READY_SERVER).path("name");
        assertThat(name).isEqualTo("ecs-renamed");
    }

    @Test
    void invalidFileFailsResetAndKeepsState() {
        given().contentType("application/json").body("{\"status\":\"ACTIVE\"}")
                .when().patch("/sim/v1/servers/" + FixtureCredentials.READY_SERVER)
                .then().statusCode(200);
        writeFixtures("regions: [cn-north-4\n");

        assertSimError(given().when().post("/sim/v1/reset"), 500, "SIM.0007", "Fixtures file " + FILE
                + " cannot be parsed");

        String status = given().when().get("/sim/v1/servers/" + FixtureCredentials.READY_SERVER).path("status");
        assertThat(status).isEqualTo("ACTIVE");
    }

    private static String defaultYaml() {
        try (InputStream input = FixturesFileResetTest.class.getClassLoader()
                .getResourceAsStream("fixtures/default.yaml")) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFixtures(String yaml) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
