package io.migsh.runtime;

/**
 * An error as data (System.Management.Automation.ErrorRecord): the exception type and message, a stable
 * FullyQualifiedErrorId, a category, the object it concerns and where it happened.
 */
public record ErrorRecord(
        String exceptionType,
        String message,
        String errorId,
        ErrorCategory category,
        Object targetObject,
        String commandName,
        SourcePosition position,
        Throwable cause) {

    public static ErrorRecord of(String exceptionType, String message, String errorId, ErrorCategory category,
            Object target) {
        return new ErrorRecord(exceptionType, message, errorId, category, target, null, SourcePosition.NONE, null);
    }

    public ErrorRecord withCommand(String name) {
        return commandName != null ? this
                : new ErrorRecord(exceptionType, message, errorId, category, targetObject, name, position, cause);
    }

    public ErrorRecord withPosition(SourcePosition where) {
        return position.isKnown() ? this
                : new ErrorRecord(exceptionType, message, errorId, category, targetObject, commandName, where, cause);
    }

    /** The same error, made terminating by a Stop preference (see {@link ActionPreferenceStop}). */
    public ErrorRecord stoppedByPreference() {
        if (isStoppedByPreference()) return this;
        return new ErrorRecord(exceptionType, message, errorId, category, targetObject, commandName, position,
                new ActionPreferenceStop(cause));
    }

    /** True when a Stop preference made this error terminating, however the language re-wrapped it since. */
    public boolean isStoppedByPreference() {
        for (Throwable t = cause; t != null; t = t.getCause()) if (t instanceof ActionPreferenceStop) return true;
        return false;
    }

    /** The id PowerShell shows: the error id, followed by ",Command" when a command raised it. */
    public String fullyQualifiedErrorId() {
        return commandName == null || errorId.contains(",") ? errorId : errorId + "," + commandName;
    }

    @Override
    public String toString() {
        return message;
    }
}
