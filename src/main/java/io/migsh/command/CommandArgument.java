package io.migsh.command;

import io.migsh.runtime.SourcePosition;

/** One argument as the language hands it to the binder: a -Name (with or without a value) or a positional value. */
public sealed interface CommandArgument {
    SourcePosition position();

    /**
     * {@code -Name:value} has a value; {@code -Name value} arrives as a Named without value followed by a
     * Positional, and the binder decides whether -Name is a switch.
     */
    record Named(String name, Object value, boolean hasValue, SourcePosition position) implements CommandArgument {
        public static Named flag(String name) {
            return new Named(name, null, false, SourcePosition.NONE);
        }

        public static Named of(String name, Object value) {
            return new Named(name, value, true, SourcePosition.NONE);
        }
    }

    record Positional(Object value, SourcePosition position) implements CommandArgument {
        public static Positional of(Object value) {
            return new Positional(value, SourcePosition.NONE);
        }
    }
}
