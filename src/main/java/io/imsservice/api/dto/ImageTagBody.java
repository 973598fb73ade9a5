package io.imsservice.api.dto;

/** A key/value tag as request bodies carry it: {@code {"key":"k","value":"v"}}. */
public record ImageTagBody(String key, String value) {
}
