package io.imsservice.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the fixtures YAML from a file system path or a {@value #CLASSPATH_PREFIX} location, and checks it with
 * {@link FixturesValidator}.
 */
public final class FixturesLoader {

    /** Prefix of a location that names a classpath resource instead of a file. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private FixturesLoader() {
    }

    /**
     * Loads and validates the fixtures.
     *
     * @param location file system path of the YAML file, or {@code classpath:} and a resource name
     * @param serviceRegion region the service runs in, which the fixtures must list
     * @throws InvalidFixturesException when the file is missing, is not valid YAML, or breaks a fixture rule
     */
    public static Fixtures load(String location, String serviceRegion) {
        Fixtures fixtures;
        try (InputStream input = open(location)) {
            fixtures = YAML.readValue(input, Fixtures.class);
        } catch (NoSuchFileException e) {
            throw new InvalidFixturesException(location, "does not exist", e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidFixturesException(location, "cannot be parsed: " + e.getMessage(), e);
        }
        if (fixtures == null) {
            throw new InvalidFixturesException(location, "is empty", null);
        }

        List<String> problems = FixturesValidator.validate(fixtures, serviceRegion);
        if (!problems.isEmpty()) {
            throw new InvalidFixturesException(location, "is invalid: " + String.join("; ", problems), null);
        }
        return fixtures;
    }

    private static InputStream open(String location) throws IOException {
        if (!location.startsWith(CLASSPATH_PREFIX)) {
            return Files.newInputStream(Path.of(location));
        }
        String resource = location.substring(CLASSPATH_PREFIX.length());
        InputStream input = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (input == null) {
            throw new NoSuchFileException(location);
        }
        return input;
    }

    /** Stops start-up or a reset: the fixtures file is missing, malformed or inconsistent. */
    public static final class InvalidFixturesException extends RuntimeException {
        InvalidFixturesException(String location, String problem, Throwable cause) {
            super("Fixtures file " + location + " " + problem
                    + ". Fix the file or point ims.fixtures.path at a valid one.", cause);
        }
    }
}
