package com.claimdesk.importer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Bean Validation in the importing user's language (the import runs on a thread of its own, not a request). */
final class Violations {

    private final Validator validator;
    private final ImportKind kind;
    private final Function<ImportField, String> label;

    Violations(ValidatorFactory factory, Locale locale, ImportKind kind, Function<ImportField, String> label) {
        MessageInterpolator base = factory.getMessageInterpolator();
        this.validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
        this.kind = kind;
        this.label = label;
    }

    List<RowProblem> of(Object bean) {
        return validator.validate(bean).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(this::problem).toList();
    }

    private RowProblem problem(ConstraintViolation<?> v) {
        String property = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                property = node.getName();
            }
        }
        var field = ImportField.byProperty(property, kind);
        return new RowProblem(field.orElse(null),
                field.map(f -> label.apply(f) + ": " + v.getMessage()).orElse(v.getMessage()));
    }
}
