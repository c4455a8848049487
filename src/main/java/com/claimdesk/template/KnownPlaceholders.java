package com.claimdesk.template;

import com.claimdesk.base.Placeholders;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text may use only the placeholders in {@link Placeholders#KNOWN}. The message names the unknown ones; they are
 * appended to it, so a translation ends where the names follow.
 */
@Documented
@Constraint(validatedBy = KnownPlaceholdersValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownPlaceholders {

    String message() default "{template.body.unknownPlaceholders}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
