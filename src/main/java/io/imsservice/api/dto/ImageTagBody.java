package io.imsservice.api.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A key/value tag as request bodies carry it: {@code {"key":"k","value":"v"}}. */
@RegisterForReflection
public record ImageTagBody(String key, String value) {
}
