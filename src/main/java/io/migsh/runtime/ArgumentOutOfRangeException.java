package io.migsh.runtime;

/** .NET's System.ArgumentOutOfRangeException: a date moved outside DateTime's years 1 to 9999, and the like. */
public final class ArgumentOutOfRangeException extends IllegalArgumentException {
    public ArgumentOutOfRangeException(String message) {
        super(message);
    }
}
