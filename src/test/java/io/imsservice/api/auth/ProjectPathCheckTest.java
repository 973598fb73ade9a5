package io.imsservice.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.imsservice.catalog.ImsError;
import io.imsservice.catalog.ImsException;
import io.imsservice.domain.Caller;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectPathCheckTest {

    private static final Caller CALLER = new Caller("3169809b92f36bcf43d5addbbeb1f298",
            "9c01cec16cc1434213bd25fa1d01f1e3", "01aac5c94638a1fd5e61697e299dbb4b", "cn-north-4", Set.of("te_admin"));

    @Test
    void callerProjectPasses() {
        assertThatCode(() -> ProjectPathCheck.require(CALLER, "3169809b92f36bcf43d5addbbeb1f298"))
                .doesNotThrowAnyException();
    }

    @Test
    void otherProjectFailsWithImg0030() {
        ImsException failure = catchThrowableOfType(ImsException.class,
                () -> ProjectPathCheck.require(CALLER, "9487c43fac40aea6089488d702d3d612"));

        assertThat(failure.error()).isEqualTo(ImsError.PROJECT_OR_TOKEN_INVALID);
        assertThat(failure.error().code()).isEqualTo("IMG.0030");
    }

    @Test
    void missingProjectFailsWithImg0067() {
        ImsException failure = catchThrowableOfType(ImsException.class,
                () -> ProjectPathCheck.require(CALLER, null));

        assertThat(failure.error()).isEqualTo(ImsError.PROJECT_ID_INVALID);
    }

    @Test
    void malformedProjectFailsWithImg0067() {
        ImsException failure = catchThrowableOfType(ImsException.class,
                () -> ProjectPathCheck.require(CALLER, "3169809B92F36BCF43D5ADDBBEB1F298"));

        assertThat(failure.error()).isEqualTo(ImsError.PROJECT_ID_INVALID);
        assertThat(failure.error().code()).isEqualTo("IMG.0067");
    }
}
