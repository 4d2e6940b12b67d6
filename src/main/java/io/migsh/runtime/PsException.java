package io.migsh.runtime;

/** A terminating error: unwinds to the nearest try/catch or trap, or ends the script. */
public class PsException extends RuntimeException {
    private final ErrorRecord record;

    public PsException(ErrorRecord record) {
        super(record.message(), record.cause());
        this.record = record;
    }

    public PsException(String exceptionType, String message, String errorId, ErrorCategory category, Object target) {
        this(ErrorRecord.of(exceptionType, message, errorId, category, target));
    }

    public ErrorRecord record() {
        return record;
    }

    /** The common "RuntimeException" shape for errors raised by the language itself. */
    public static PsException runtime(String message, String errorId) {
        return new PsException("System.Management.Automation.RuntimeException", message, errorId,
                ErrorCategory.InvalidOperation, null);
    }

    /** The shape of a bad argument to a cmdlet: ParameterBindingException-like, InvalidArgument. */
    public static PsException invalidArgument(String message, String errorId, Object target) {
        return new PsException("System.ArgumentException", message, errorId, ErrorCategory.InvalidArgument, target);
    }
}
