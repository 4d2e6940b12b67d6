package io.migsh.command;

import io.migsh.runtime.Conversions;
import java.lang.reflect.Field;

/**
 * The field a cmdlet parameter is stored in, resolved once per cmdlet class so that binding a pipeline object costs
 * one field write, not a lookup by name.
 */
final class ParameterField {
    private final ParameterMetadata parameter;
    private final Field field;
    private final int index;

    ParameterField(ParameterMetadata parameter, Field field, int index) {
        this.parameter = parameter;
        this.field = field;
        this.index = index;
    }

    ParameterMetadata parameter() {
        return parameter;
    }

    /** Position among the cmdlet's own parameters, for per-instance tables such as the declared defaults. */
    int index() {
        return index;
    }

    Object read(Cmdlet cmdlet) {
        try {
            return field.get(cmdlet);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a bound value; a primitive field keeps its value when there is none (a switch stays false). */
    void write(Cmdlet cmdlet, Object value) {
        Class<?> t = field.getType();
        if (t.isPrimitive() && value == null) return;
        try {
            field.set(cmdlet, t.isPrimitive() || value == null || t.isInstance(value)
                    ? value : Conversions.convert(value, t));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
