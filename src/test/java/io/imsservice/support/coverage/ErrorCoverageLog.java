package io.imsservice.support.coverage;

import io.imsservice.support.coverage.ErrorAssertion.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Appends every passed error assertion to {@code assertions-<pid>.tsv} in the records directory, one line each, for
 * the coverage gate to read after the tests. The directory is the system property {@value #DIRECTORY_PROPERTY},
 * {@value #DEFAULT_DIRECTORY} when unset. The build empties it before the tests run, so records of an earlier run
 * never count.
 */
public final class ErrorCoverageLog {
    public static final String DIRECTORY_PROPERTY = "error-coverage.records";
    public static final String DEFAULT_DIRECTORY = "target/error-coverage";

    private static final TestIdentity UNKNOWN_TEST = new TestIdentity("unknown", "unknown", "unknown");

    private ErrorCoverageLog() {
    }

    /** Records an assertion that just passed, for the test running on this thread. */
    public static void record(Kind kind, int status, String code, String message) {
        TestIdentity test = CurrentTest.get().orElse(UNKNOWN_TEST);
        String line = new ErrorAssertion(kind, status, code, message, test).encode() + "\n";
        Path file = directory().resolve("assertions-" + ProcessHandle.current().pid() + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            // One append of a short line per call, because the test class loaders of one JVM may each write
            // here. On a local Linux file system an O_APPEND write of a few hundred bytes lands whole.
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to record an error assertion in " + file, e);
        }
    }

    /** Reads every record in the directory, in file name order. */
    public static List<ErrorAssertion> readAll(Path directory) throws IOException {
        List<ErrorAssertion> records = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return records;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(ErrorAssertion.decode(line));
                }
            }
        }
        return records;
    }

    /** Returns the records directory of this JVM. */
    public static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY));
    }
}
