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
 * An image description: at most 1024 characters (IMG.0004), without carriage returns, line feeds, {@code <} or
 * {@code >} (IMG.0054).
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Size(max = ImageTextRules.DESCRIPTION_MAX_LENGTH, message = "IMAGE_DESCRIPTION_TOO_LONG")
@Pattern(regexp = ImageTextRules.DESCRIPTION_PATTERN, message = "IMAGE_DESCRIPTION_FORMAT_INVALID")
public @interface ImageDescription {
    String message() default "IMAGE_DESCRIPTION_FORMAT_INVALID";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
