package io.imsservice.api.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.imsservice.domain.image.ImageTextRules;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An image name, when present. It has at most 128 characters (IMG.0002). It contains letters of any script,
 * digits, spaces, hyphens, periods and underscores, and does not start or end with a space (IMG.0003). Presence is
 * checked per request type, because some creation requests need no name.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Size(max = ImageTextRules.NAME_MAX_LENGTH, message = "IMAGE_NAME_TOO_LONG")
@Pattern(regexp = ImageTextRules.NAME_PATTERN, message = "IMAGE_NAME_FORMAT_INVALID")
public @interface ImageName {
    String message() default "IMAGE_NAME_FORMAT_INVALID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
