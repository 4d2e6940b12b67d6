package io.migsh.lang.interpreter;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;

/** The language's runtime errors with PowerShell's messages and error ids (ParserStrings, ExtendedTypeSystem). */
public final class RuntimeErrors {
    private static final String RUNTIME = "System.Management.Automation.RuntimeException";

    private RuntimeErrors() {}

    public static PsException error(String type, String message, String id, ErrorCategory category, Object target) {
        return new PsException(type, message, id, category, target);
    }

    public static PsException runtime(String message, String id) {
        return new PsException(RUNTIME, message, id, ErrorCategory.InvalidOperation, null);
    }

    public static PsException commandNotFound(String name, SourcePosition at) {
        return new PsException(new ErrorRecord("System.Management.Automation.CommandNotFoundException",
                "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, or executable "
                        + "program.\nCheck the spelling of the name, or if a path was included, verify that the path is "
                        + "correct and try again.", "CommandNotFoundException", ErrorCategory.ObjectNotFound, name, null,
                at, null));
    }

    public static PsException methodOnNull() {
        return runtime("You cannot call a method on a null-valued expression.", "InvokeMethodOnNull");
    }

    public static PsException methodNotFound(String typeName, String method) {
        return new PsException(RUNTIME, "Method invocation failed because [" + typeName
                + "] does not contain a method named '" + method + "'.", "MethodNotFound",
                ErrorCategory.InvalidOperation, null);
    }

    public static PsException nullArray() {
        return runtime("Cannot index into a null array.", "NullArray");
    }

    public static PsException divideByZero() {
        return new PsException(RUNTIME, "Attempted to divide by zero.", "RuntimeException",
                ErrorCategory.NotSpecified, null);
    }

    public static PsException typeNotFound(String name) {
        return new PsException(RUNTIME, "Unable to find type [" + name + "].", "TypeNotFound",
                ErrorCategory.InvalidOperation, name);
    }

    public static PsException propertyNotFound(String name) {
        return new PsException(RUNTIME, "The property '" + name + "' cannot be found on this object. Verify that the "
                + "property exists and can be set.", "PropertyAssignmentException", ErrorCategory.InvalidOperation, null);
    }

    /** A .NET method that failed: Exception calling "Name" with "n" argument(s): "why" */
    public static PsException methodFailed(String method, int argCount, String why, String id) {
        return new PsException("System.Management.Automation.MethodInvocationException", "Exception calling \""
                + method + "\" with \"" + argCount + "\" argument(s): \"" + why + "\"", id, ErrorCategory.NotSpecified,
                null);
    }

    public static PsException badOperation(String leftType, String op, String rightType) {
        return runtime("The operation '[" + leftType + "] " + op + " [" + rightType + "]' is not defined.",
                "NotADefinedOperationForType");
    }

    /**
     * A value a typed variable could not take ([int]$x = 'many'): PowerShell reports the conversion through the
     * variable's type attribute, so it shows as a MetadataError rather than the cast's InvalidArgument.
     */
    public static PsException variableConversion(PsException e) {
        ErrorRecord r = e.record();
        return new PsException(new ErrorRecord("System.Management.Automation.ArgumentTransformationMetadataException",
                r.message(), "RuntimeException", ErrorCategory.MetadataError, r.targetObject(), r.commandName(),
                r.position(), r.cause()));
    }

    /** Attaches a position to an error that has none yet. */
    public static PsException at(PsException e, SourcePosition where) {
        if (e.record().position().isKnown()) return e;
        PsException located = new PsException(e.record().withPosition(where));
        return located;
    }

    /** The same error, now ending the script rather than its statement (it unwinds to the nearest try). */
    public static PsException terminating(PsException e) {
        io.migsh.runtime.ErrorRecord r = e.record();
        if (r.cause() instanceof ThrowMarker) return e;
        return new PsException(new io.migsh.runtime.ErrorRecord(r.exceptionType(), r.message(), r.errorId(),
                r.category(), r.targetObject(), r.commandName(), r.position(), new ThrowMarker(r.cause())));
    }
}
