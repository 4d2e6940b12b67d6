package io.migsh.runtime;

import java.util.List;

/**
 * A value that shows .NET properties of its own (a type's Name and BaseType, for example) to everything that reads
 * properties through {@link Members}: formatting, Select-Object, Where-Object, Get-Member.
 */
public interface AdaptedProperties {
    /** The property names, in display order. */
    List<String> propertyNames();

    /** True when the value has the property (case-insensitive). */
    default boolean hasProperty(String name) {
        for (String n : propertyNames()) if (n.equalsIgnoreCase(name)) return true;
        return false;
    }

    /** The property's value, or null. */
    Object property(String name);
}
