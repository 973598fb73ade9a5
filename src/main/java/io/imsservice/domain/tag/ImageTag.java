package io.imsservice.domain.tag;

/** A key/value image tag; a key-only tag has the value {@code ""}. */
public record ImageTag(String key, String value) {

    /** Returns the tag as the image object lists it: {@code key=value}, or the bare key of a key-only tag. */
    public String toListedForm() {
        return value.isEmpty() ? key : key + "=" + value;
    }
}
