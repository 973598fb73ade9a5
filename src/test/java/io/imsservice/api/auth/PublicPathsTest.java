package io.imsservice.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicPathsTest {

    @ParameterizedTest(name = "{0} {1} public={2}")
    @CsvSource({
        "GET, /, true",
        "GET, '', true",
        "GET, /v2, true",
        "GET, /v2/, true",
        "GET, /v2.0, true",
        "GET, /v1.1, true",
        "GET, /sim/v1/projects, true",
        "POST, /sim/v1/reset, true",
        "GET, /sim, true",
        "GET, /q/health, true",
        "GET, /q/openapi, true",
        "POST, /, false",
        "DELETE, /v2, false",
        "GET, /v2/cloudimages, false",
        "GET, /v2/images, false",
        "GET, /simulation, false",
        "GET, /quota, false",
        "GET, /vX, false",
        "GET, /sim/../v2/cloudimages, false",
        "GET, /q/./../v2/images, false",
        "GET, /sim/.., false",
    })
    void decidesWhichPathsNeedNoCredentials(String method, String path, boolean expected) {
        assertThat(PublicPaths.isPublic(method, path)).isEqualTo(expected);
    }
}
