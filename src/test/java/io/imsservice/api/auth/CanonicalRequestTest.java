package io.imsservice.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/|/",
        "''|/",
        "/v2/cloudimages|/v2/cloudimages/",
        "/v2/cloudimages/|/v2/cloudimages/",
        "/v1/cloudimages/job/42|/v1/cloudimages/job/42/",
        "/a%20b/c*d~e|/a%20b/c%2Ad~e/",
        "/a b|/a%20b/",
        "/v2/images/x%2Fy|/v2/images/x%2Fy/",
        "/caf%C3%A9|/caf%C3%A9/",
    })
    void canonicalUriEncodesEachDecodedSegment(String rawPath, String expected) {
        assertThat(CanonicalRequest.canonicalUri(rawPath)).isEqualTo(expected);
    }

    @Test
    void rawSegmentFormEncodesEscapesAgain() {
        assertThat(CanonicalRequest.canonicalUriOfRawSegments("/a%20b")).isEqualTo("/a%2520b/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''|''",
        "b=2&a=1&a=0|a=1&a=0&b=2",
        "tag=k%3Dv&created_at=gt:2018-10-28T10:00:00Z|created_at=gt%3A2018-10-28T10%3A00%3A00Z&tag=k%3Dv",
        "tag=k=v|tag=k%3Dv",
        "flag|flag=",
        "flag=|flag=",
        "name=a+b|name=a%20b",
        "name=a%2Bb|name=a%2Bb",
        "x=%E4%B8%AD&&y=~*|x=%E4%B8%AD&y=~%2A",
        "__imagetype=gold&__os_bit=64|__imagetype=gold&__os_bit=64",
    })
    void canonicalQuerySortsAndReencodes(String rawQuery, String expected) {
        assertThat(CanonicalRequest.canonicalQuery(rawQuery)).isEqualTo(expected);
    }

    @Test
    void malformedEscapeIsKept() {
        assertThat(CanonicalRequest.decode("100%zz", false)).isEqualTo("100%zz");
    }

    @Test
    void signatureMatchesPrecomputedVector() {
        Map<String, String> headers = Map.of(
                "host", "127.0.0.1:8080",
                "x-project-id", "3169809b92f36bcf43d5addbbeb1f298",
                "x-sdk-date", "20240131T093000Z");

        String canonicalRequest = CanonicalRequest.build("GET", "/v2/cloudimages/",
                CanonicalRequest.canonicalQuery("limit=10&__imagetype=gold"),
                List.of("host", "x-project-id", "x-sdk-date"), headers::get, SdkSignature.EMPTY_BODY_SHA256);
        String signature = SdkSignature.sign("15146aec8913f49a1a3f79c07465ec803e317077",
                SdkSignature.stringToSign("20240131T093000Z", canonicalRequest));

        assertThat(canonicalRequest).isEqualTo("GET\n/v2/cloudimages/\n__imagetype=gold&limit=10\n"
                + "host:127.0.0.1:8080\nx-project-id:3169809b92f36bcf43d5addbbeb1f298\nx-sdk-date:20240131T093000Z\n"
                + "\nhost;x-project-id;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(signature).isEqualTo("6be8ed19578f5c2c3f4f3bdd6eda8281aa9c8aaf1cb73b290c6e7baeba44b4fd");
    }
}
