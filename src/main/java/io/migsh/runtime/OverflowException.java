package io.migsh.runtime;

/** .NET's System.OverflowException: a TimeSpan beyond what a long count of ticks holds. */
public final class OverflowException extends ArithmeticException {
    public OverflowException(String message) {
        super(message);
    }
}
