package io.migsh.command;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
import java.util.List;
import java.util.stream.Collectors;

/** The parameter-binding errors PowerShell gives, with its texts and error ids (ParameterBindingException). */
public final class BindingErrors {
    private static final String TYPE = "System.Management.Automation.ParameterBindingException";

    private BindingErrors() {}

    static PsException notFound(String name, SourcePosition at) {
        return error("A parameter cannot be found that matches parameter name '" + name + "'.",
                "NamedParameterNotFound", name, at);
    }

    static PsException ambiguous(String name, List<ParameterMetadata> matches, SourcePosition at) {
        String list = matches.stream().map(p -> "-" + p.name()).collect(Collectors.joining(" "));
        return error("Parameter cannot be processed because the parameter name '" + name
                + "' is ambiguous. Possible matches include: " + list + ".", "AmbiguousParameter", name, at);
    }

    static PsException missingArgument(ParameterMetadata p, SourcePosition at) {
        return error("Missing an argument for parameter '" + p.name() + "'. Specify a parameter of type '"
                + io.migsh.runtime.Conversions.dotNet(p.type()) + "' and try again.", "MissingArgument", p.name(), at);
    }

    static PsException alreadyBound(ParameterMetadata p, SourcePosition at) {
        return error("Cannot bind parameter because parameter '" + p.name() + "' is specified more than once. "
                + "To provide multiple values to parameters that can accept multiple values, use the array syntax. "
                + "For example, \"-parameter value1,value2,value3\".", "ParameterAlreadyBound", p.name(), at);
    }

    static PsException positionalNotFound(Object value, SourcePosition at) {
        String text = LanguagePrimitives.toText(value);
        return error("A positional parameter cannot be found that accepts argument '" + text + "'.",
                "PositionalParameterNotFound", value, at);
    }

    static PsException cannotConvert(ParameterMetadata p, PsException cause, SourcePosition at) {
        return error("Cannot bind parameter '" + p.name() + "'. " + cause.getMessage(),
                "CannotConvertArgumentNoMessage", null, at);
    }

    static PsException notInSet(ParameterMetadata p, Object value, SourcePosition at) {
        return invalid(p, value, "The argument \"" + LanguagePrimitives.toText(value) + "\" does not belong to the set \""
                + String.join(",", p.validateSet()) + "\" specified by the ValidateSet attribute. Supply an argument "
                + "that is in the set and then try the command again.", at);
    }

    static PsException nullNotAllowed(ParameterMetadata p, SourcePosition at) {
        return new PsException(new ErrorRecord(TYPE, "Cannot bind argument to parameter '" + p.name()
                + "' because it is null.", "ParameterArgumentValidationErrorNullNotAllowed", ErrorCategory.InvalidData,
                null, null, at, null));
    }

    static PsException emptyStringNotAllowed(ParameterMetadata p, SourcePosition at) {
        return new PsException(new ErrorRecord(TYPE, "Cannot bind argument to parameter '" + p.name()
                + "' because it is an empty string.", "ParameterArgumentValidationErrorEmptyStringNotAllowed",
                ErrorCategory.InvalidData, "", null, at, null));
    }

    /** The errors of validation, which pipeline input reports rather than passing over the parameter. */
    static boolean isValidationError(PsException e) {
        return e.record().errorId().startsWith("ParameterArgumentValidationError");
    }

    /** A value a validation attribute refused, with the attribute's reason. */
    static PsException invalid(ParameterMetadata p, Object value, String why, SourcePosition at) {
        return new PsException(new ErrorRecord(TYPE, "Cannot validate argument on parameter '" + p.name() + "'. " + why,
                "ParameterArgumentValidationError", ErrorCategory.InvalidData, value, null, at, null));
    }

    /** ValidateRange's reason for refusing a value, or null when the value lies within min..max. */
    public static String outsideRange(Object value, Object min, Object max) {
        String text = LanguagePrimitives.toText(value);
        if (LanguagePrimitives.compare(value, min, true) < 0) {
            return "The " + text + " argument is less than the minimum allowed range of " + min
                    + ". Supply an argument that is greater than or equal to " + min + " and then try the command again.";
        }
        if (LanguagePrimitives.compare(value, max, true) > 0) {
            return "The " + text + " argument is greater than the maximum allowed range of " + max
                    + ". Supply an argument that is less than or equal to " + max + " and then try the command again.";
        }
        return null;
    }

    static PsException nullOrEmpty(ParameterMetadata p, SourcePosition at) {
        return invalid(p, null, "The argument is null or empty. Provide an argument that is not null or empty, and "
                + "then try the command again.", at);
    }

    static PsException ambiguousSet(SourcePosition at) {
        return error("Parameter set cannot be resolved using the specified named parameters. One or more "
                + "parameters issued cannot be used together or an insufficient number of parameters were provided.",
                "AmbiguousParameterSet", null, at);
    }

    static PsException missingMandatory(List<String> names, SourcePosition at) {
        return error("Cannot process command because of one or more missing mandatory parameters: "
                + String.join(" ", names) + ".", "MissingMandatoryParameter", null, at);
    }

    static ErrorRecord inputNotBound(Object input) {
        return new ErrorRecord(TYPE, "The input object cannot be bound to any parameters for the command either "
                + "because the command does not take pipeline input or the input and its properties do not match "
                + "any of the parameters that take pipeline input.", "InputObjectNotBound",
                ErrorCategory.InvalidArgument, input, null, SourcePosition.NONE, null);
    }

    private static PsException error(String message, String id, Object target, SourcePosition at) {
        return new PsException(new ErrorRecord(TYPE, message, id, ErrorCategory.InvalidArgument, target, null,
                at == null ? SourcePosition.NONE : at, null));
    }
}
