package io.migsh.lang.interpreter;

import io.migsh.lang.ast.AttributeAst;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.SourcePosition;
import java.util.List;

/**
 * [ValidateRange], [ValidatePattern], [ValidateCount], [ValidateLength] and [ValidateScript] on function parameters,
 * with PowerShell's messages (ValidateSet and ValidateNotNullOrEmpty are checked by the binder itself).
 */
final class Validators {
    private Validators() {}

    static void check(Session session, FunctionMetadata.Param p, Object value, String command, SourcePosition at) {
        for (AttributeAst a : p.validators()) {
            List<Object> args = a.positional().stream().map(session.evaluator::eval).toList();
            if (a.is("ValidateCount")) {
                int n = LanguagePrimitives.isEnumerable(value) ? LanguagePrimitives.enumerate(value).size() : 1;
                int min = Args.integer(args, 0);
                int max = Args.integer(args, 1);
                if (n < min) fail(p, "The parameter requires at least " + min + " value(s) and no more than " + max
                        + " value(s) to be supplied, but " + n + " value(s) were supplied.", command, at);
                if (n > max) fail(p, "The parameter requires at least " + min + " value(s) and no more than " + max
                        + " value(s) to be supplied, but " + n + " value(s) were supplied.", command, at);
                continue;
            }
            for (Object item : LanguagePrimitives.isEnumerable(value) ? LanguagePrimitives.enumerate(value)
                    : java.util.Collections.singletonList(value)) {
                checkOne(a, args, p, item, command, at);
            }
        }
    }

    private static void checkOne(AttributeAst a, List<Object> args, FunctionMetadata.Param p, Object item, String command,
            SourcePosition at) {
        String text = LanguagePrimitives.toText(item);
        if (a.is("ValidateRange")) {
            String why = io.migsh.command.BindingErrors.outsideRange(item, args.get(0), args.get(1));
            if (why != null) fail(p, why, command, at);
        } else if (a.is("ValidatePattern")) {
            String pattern = LanguagePrimitives.toText(args.get(0));
            if (!RegexOps.compile(pattern, true).matcher(text).find()) {
                fail(p, "The argument \"" + text + "\" does not match the \"" + pattern + "\" pattern. Supply an argument "
                        + "that matches \"" + pattern + "\" and try the command again.", command, at);
            }
        } else if (a.is("ValidateLength")) {
            int min = Args.integer(args, 0);
            int max = Args.integer(args, 1);
            if (text.length() < min) {
                fail(p, "The number of characters (" + text.length() + ") in the argument is too small. Specify an "
                        + "argument whose length is greater than or equal to \"" + min + "\" and then try the command "
                        + "again.", command, at);
            }
            if (text.length() > max) {
                fail(p, "The character length of the " + text.length() + " argument is too long. Shorten the character "
                        + "length of the argument so it is fewer than or equal to \"" + max + "\" characters, and then "
                        + "try the command again.", command, at);
            }
        } else if (a.is("ValidateScript") && args.get(0) instanceof ScriptBlock sb) {
            if (!LanguagePrimitives.toBool(sb.invokeForValue(item))) {
                fail(p, "The \"" + sb.text().strip() + "\" validation script for the argument with value \"" + text
                        + "\" did not return a result of True. Determine why the validation script failed, and then try "
                        + "the command again.", command, at);
            }
        }
    }

    private static void fail(FunctionMetadata.Param p, String why, String command, SourcePosition at) {
        throw new PsException(new ErrorRecord("System.Management.Automation.ParameterBindingValidationException",
                "Cannot validate argument on parameter '" + p.name() + "'. " + why, "ParameterArgumentValidationError",
                ErrorCategory.InvalidData, null, command, at, null));
    }
}
