package io.imsservice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlancePathsTest {

    @ParameterizedTest
    @CsvSource({
        "/v2/images, true",
        "/v2/images/, true",
        "/v2/images/0b3a/members/p1, true",
        "v2/images/0b3a, true",
        "/v2/schemas, true",
        "/v2/schemas/image, true",
        "/v2/imagesx, false",
        "/v2/schemasx/image, false",
        "/v2/cloudimages, false",
        "/v1/cloudimages/action, false",
        "/v2/0b3a/images/1/tags, false",
        "/v2.1/cloudimages/dataimages/action, false",
        "/, false",
    })
    void pathFamilyIsRecognised(String path, boolean glanceNative) {
        assertThat(GlancePaths.isGlanceNative(path)).isEqualTo(glanceNative);
    }
}
