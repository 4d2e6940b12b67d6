package io.migsh.runtime;

import java.util.function.Supplier;

/**
 * One named property of a {@link PsObject}, as the object hands it out: a stored value or a getter evaluated on read.
 * The object itself keeps only the value (or getter), its names being shared with objects built alike.
 */
public record PsProperty(String name, Object stored, Supplier<Object> getter) {
    public Object value() {
        return getter != null ? getter.get() : stored;
    }
}
