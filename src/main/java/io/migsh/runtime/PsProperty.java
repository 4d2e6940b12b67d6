package io.migsh.runtime;

import java.util.function.Supplier;

/** One named property of a {@link PsObject}: a stored value or a getter evaluated on read. */
public record PsProperty(String name, Object stored, Supplier<Object> getter) {
    public Object value() {
        return getter != null ? getter.get() : stored;
    }
}
