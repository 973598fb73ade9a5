package io.imsservice.domain.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.imsservice.catalog.ImsError;
import io.imsservice.catalog.ImsException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DependencyFaultsTest {
    private static final String ACME = "3169809b92f36bcf43d5addbbeb1f298";
    private static final String GLOBEX = "03194c3e1d7edb823ff057346401ff27";

    /** Operations whose features other parts of the service call; the check itself is tested here. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BUCKET_CREATION, BUCKET_CREATION_FAILED, IMG.0038",
        "BUCKET_GRANT, BUCKET_GRANT_FAILED, IMG.0039",
        "MEMBER_ADD, MEMBER_ADD_FAILED, IMG.0112",
        "MEMBER_DELETE, MEMBER_DELETE_FAILED, IMG.0113",
        "MEMBER_QUERY, MEMBER_QUERY_FAILED, IMG.0114",
        "SHADOW_ACCOUNT_DOMAIN, SHADOW_ACCOUNT_DOMAIN_FAILED, IMG.0053",
        "PRODUCT_CODE_GENERATION, PRODUCT_CODE_GENERATION_FAILED, IMG.0045",
    })
    void checkFailsWithOperationError(DependencyOperation operation, ImsError error, String code) {
        DependencyFaults faults = new DependencyFaults();
        faults.arm(operation, null, 1);

        Throwable failure = catchThrowableOfType(RuntimeException.class, () -> faults.check(operation, ACME)
                .await().atMost(Duration.ofSeconds(5)));

        assertThat(failure).isInstanceOf(ImsException.class);
        assertThat(((ImsException) failure).error()).isEqualTo(error);
        assertThat(error.code()).isEqualTo(code);
    }

    @Test
    void checkPassesWithoutFault() {
        DependencyFaults faults = new DependencyFaults();
        faults.arm(DependencyOperation.MEMBER_ADD, null, 1);

        assertThatCode(() -> faults.checkNow(DependencyOperation.MEMBER_DELETE, ACME)).doesNotThrowAnyException();
    }

    @Test
    void checkIsLazyUntilSubscribed() {
        DependencyFaults faults = new DependencyFaults();
        faults.arm(DependencyOperation.MEMBER_ADD, null, 1);

        faults.check(DependencyOperation.MEMBER_ADD, ACME);

        assertThat(faults.list()).hasSize(1);
    }

    @Test
    void projectFaultSkipsOtherProjects() {
        DependencyFaults faults = new DependencyFaults();
        faults.arm(DependencyOperation.MEMBER_QUERY, GLOBEX, 1);

        assertThatCode(() -> faults.checkNow(DependencyOperation.MEMBER_QUERY, ACME)).doesNotThrowAnyException();
        assertThatThrownBy(() -> faults.checkNow(DependencyOperation.MEMBER_QUERY, GLOBEX))
                .isInstanceOf(ImsException.class);
    }

    @Test
    void firstArmedFaultFiresFirst() {
        DependencyFaults faults = new DependencyFaults();
        ArmedFault first = faults.arm(DependencyOperation.BUCKET_GRANT, ACME, 1);
        ArmedFault second = faults.arm(DependencyOperation.BUCKET_GRANT, null, 1);

        assertThatThrownBy(() -> faults.checkNow(DependencyOperation.BUCKET_GRANT, ACME))
                .hasMessageContaining(first.id());

        assertThat(faults.list()).containsExactly(second);
    }

    @Test
    void objectStorageAccessChecksTokenFirst() {
        DependencyFaults faults = new DependencyFaults();
        faults.arm(DependencyOperation.OBJECT_STORAGE_ADDRESS, null, 1);
        faults.arm(DependencyOperation.ASSUME_TOKEN, null, 1);

        Throwable failure = catchThrowableOfType(RuntimeException.class,
                () -> faults.checkObjectStorageAccess(ACME).await().atMost(Duration.ofSeconds(5)));

        assertThat(((ImsException) failure).error()).isEqualTo(ImsError.ASSUME_TOKEN_FAILED);
        assertThat(faults.list()).extracting(ArmedFault::operation)
                .containsExactly(DependencyOperation.OBJECT_STORAGE_ADDRESS);
    }

    @Test
    void armRejectsZeroTimes() {
        DependencyFaults faults = new DependencyFaults();

        assertThatThrownBy(() -> faults.arm(DependencyOperation.JOB_QUERY, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wireNamesAreUnique() {
        for (DependencyOperation operation : DependencyOperation.values()) {
            assertThat(DependencyOperation.fromWireName(operation.wireName())).contains(operation);
        }
    }
}
