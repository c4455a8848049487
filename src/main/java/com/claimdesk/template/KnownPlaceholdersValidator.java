package com.claimdesk.template;

import com.claimdesk.base.Placeholders;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks {@link KnownPlaceholders}. The unknown names go into the message template itself, escaped, rather than
 * into a message parameter: Vaadin's binder interpolates the template again without Hibernate Validator's
 * parameters, and the names must reach the form as well as the server's answer. Names consist of letters,
 * digits, dots and underscores only (see {@link Placeholders}), so braces are all there is to escape.
 */
public class KnownPlaceholdersValidator implements ConstraintValidator<KnownPlaceholders, String> {

    private String message;

    @Override
    public void initialize(KnownPlaceholders annotation) {
        message = annotation.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        List<String> unknown = Placeholders.unknownIn(value);
        if (unknown.isEmpty()) {
            return true;
        }
        String names = unknown.stream().map(n -> "\\{" + n + "\\}").collect(Collectors.joining(", "));
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message + " " + names).addConstraintViolation();
        return false;
    }
}
