package io.imsservice.domain.image;

/**
 * One JSON-patch step of an image update.
 *
 * @param op {@code add}, {@code replace} or {@code remove}
 * @param attribute the attribute name, without the leading slash of the patch path
 * @param value the new value as a string, or {@code null} for remove
 */
public record PatchOperation(String op, String attribute, String value) {
}
