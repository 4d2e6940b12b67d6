package io.migsh.runtime;

import java.util.Map;

/** Variables as cmdlets see them; the language's scope chain implements it. */
public interface SessionState {
    /** The value of a variable in the current scope chain, or null. Names have no '$' and may carry a scope prefix. */
    Object get(String name);

    boolean exists(String name);

    /** Sets a variable in the current scope, or in the scope its prefix names (global:, script:, local:). */
    void set(String name, Object value);

    void remove(String name);

    /** All variables visible from the current scope, nearest first, by name. */
    Map<String, Object> visible();
}
