package com.claimdesk.base;

import java.lang.reflect.Constructor;
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
 * an agent has not typed) keeps no list of the fields: a new component is picked up where the record is. A record is
 * always rebuilt through its canonical constructor, so its own rules (stripping, blank as none) still apply.
 */
public final class ValueObjects {

    /** A record type's components and canonical constructor, looked up once per type (an import asks per row). */
    private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            try {
                return new Shape(cs, type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor in " + type, e);
            }
        }
    };

    private ValueObjects() {
    }

    /** The names of a record type's components, in declaration order. */
    public static List<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(SHAPES.get(type).components()).map(RecordComponent::getName).toList();
    }

    /** The components by name, in declaration order. */
    public static Map<String, Object> components(Record value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : SHAPES.get(value.getClass()).components()) {
            out.put(c.getName(), read(c, value));
        }
        return out;
    }

    /** A copy of {@code base} with each component that {@code replacement} gives a value for (by name). */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R base, Function<String, Optional<?>> replacement) {
        Shape shape = SHAPES.get(base.getClass());
        RecordComponent[] cs = shape.components();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Optional<?> given = replacement.apply(cs[i].getName());
            args[i] = given.isPresent() ? given.get() : read(cs[i], base);
        }
        try {
            return (R) shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + base.getClass(), e);
        }
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
}
