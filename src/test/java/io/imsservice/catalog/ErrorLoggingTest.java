package io.imsservice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.imsservice.api.RequestIds;
import io.imsservice.support.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorLoggingTest {

    private static final Logger CATALOG_LOGGER = Logger.getLogger("io.imsservice.catalog");
    private static final int WARN = org.jboss.logmanager.Level.WARN.intValue();
    private static final int DEBUG = org.jboss.logmanager.Level.DEBUG.intValue();
    private static final int ERROR = org.jboss.logmanager.Level.ERROR.intValue();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureCatalogLogs() {
        previousLevel = CATALOG_LOGGER.getLevel();
        CATALOG_LOGGER.setLevel(org.jboss.logmanager.Level.DEBUG);
        CATALOG_LOGGER.addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        CATALOG_LOGGER.removeHandler(capture);
        CATALOG_LOGGER.setLevel(previousLevel);
    }

    @Test
    void clientErrorLogsDebugWithIds() {
        String requestId = given()
                .get("/test-errors/ims/IMAGE_NOT_FOUND")
                .header(RequestIds.HEADER);

        List<String> debugMessages = messagesAt(DEBUG);
        assertThat(debugMessages).anySatisfy(message -> assertThat(message).contains(requestId, "IMG.0144"));
    }

    @Test
    void clientErrorLogsNothingAtWarn() {
        given().get("/test-errors/ims/IMAGE_NOT_FOUND");
        given().get("/no-such-api");

        assertThat(records).noneMatch(record -> record.getLevel().intValue() >= WARN);
    }

    @Test
    void validationFailureLogsNoFieldValue() {
        given()
                .contentType("application/json")
                .body("{\"name\":\"secret/value\"}")
                .post("/test-errors/body");

        assertThat(messagesAt(DEBUG)).isNotEmpty();
        assertThat(messagesAt(DEBUG)).noneMatch(message -> message.contains("secret/value"));
    }

    @Test
    void malformedJsonLogsNoFieldValue() {
        given()
                .contentType("application/json")
                .body("{\"name\":\"a\",\"minDisk\":\"secret-value\"}")
                .post("/test-errors/body");

        assertThat(messagesAt(DEBUG)).anySatisfy(message -> assertThat(message).contains("IMG.0001"));
        assertThat(messagesAt(DEBUG)).noneMatch(message -> message.contains("secret-value"));
    }

    @Test
    void unexpectedErrorLogsErrorWithCause() {
        String requestId = given()
                .get("/test-errors/crash")
                .header(RequestIds.HEADER);

        List<LogRecord> errors = records.stream()
                .filter(record -> record.getLevel().intValue() == ERROR)
                .toList();
        assertThat(errors).hasSize(1);
        assertThat(format(errors.get(0))).contains(requestId);
        assertThat(errors.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
    }

    private List<String> messagesAt(int level) {
        return records.stream()
                .filter(record -> record.getLevel().intValue() == level)
                .map(ErrorLoggingTest::format)
                .toList();
    }

    private static String format(LogRecord record) {
        return ((ExtLogRecord) record).getFormattedMessage();
    }

    /** Starts a request as an authenticated caller, so that it passes the authentication filter. */
    private static RequestSpecification given() {
        return RestAssured.given().header("X-Auth-Token", Fixture.ALICE_TOKEN);
    }
}
