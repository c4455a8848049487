package com.claimdesk.base;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and rebuilds value-object records ({@link Buyer}, {@link Shipment}) component by component, so that code
 * which treats every fact alike (the audit diff, an import row laid over a stored order, a known order filling what
 * an agent has not typed) keeps no list of the fields: a new component is picked up where the record is.
 */
public final class ValueObjects {

    private ValueObjects() {
    }

    /** The components by name, in declaration order. */
    public static Map<String, Object> components(Record value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            out.put(c.getName(), read(c, value));
        }
        return out;
    }

    /** The names of a record type's components, in declaration order. */
    public static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** A copy of {@code base} with each component that {@code replacement} gives a value for (by name). */
    public static <R extends Record> R with(R base, Function<String, Optional<?>> replacement) {
        RecordComponent[] cs = base.getClass().getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Optional<?> given = replacement.apply(cs[i].getName());
            args[i] = given.isPresent() ? given.get() : read(cs[i], base);
        }
        return construct(base.getClass(), cs, args);
    }

    /** {@code top}'s components where it has one (not null), {@code base}'s where it has none. */
    public static <R extends Record> R overlay(R base, R top) {
        if (top == null) {
            return base;
        }
        Map<String, Object> given = components(top);
        return with(base, name -> Optional.ofNullable(given.get(name)));
    }

    private static Object read(RecordComponent c, Record value) {
        try {
            return c.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName() + " of " + value.getClass(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R construct(Class<?> type, RecordComponent[] cs, Object[] args) {
        try {
            var constructor = type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            return (R) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type, e);
        }
    }
}
