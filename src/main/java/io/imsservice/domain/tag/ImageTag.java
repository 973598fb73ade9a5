package io.imsservice.domain.tag;

/** A key/value image tag; a key-only tag has the value {@code ""}. */
public record ImageTag(String key, String value) {
}
