package io.migsh.runtime;

import java.util.List;

/** A piece of code that cmdlets call back: Where-Object filters, ForEach-Object bodies, calculated properties. */
public interface ScriptBlock {
    /** Runs the block with $_ (and $PSItem) set to {@code dollarUnder} and $args to {@code args}; returns its output. */
    List<Object> invoke(Object dollarUnder, Object... args);

    /** Like {@link #invoke} but unwrapped as an expression's value: null, one object, or a list. */
    default Object invokeForValue(Object dollarUnder, Object... args) {
        List<Object> out = invoke(dollarUnder, args);
        return out.isEmpty() ? null : out.size() == 1 ? out.get(0) : out;
    }

    /** The source text between the braces, as ToString() of a script block gives it. */
    String text();
}
