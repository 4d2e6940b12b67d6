package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import java.util.List;
import java.util.Locale;

/** $PSCmdlet in an advanced function: ParameterSetName, ShouldProcess, WriteError, ThrowTerminatingError. */
@DotNetName("System.Management.Automation.PSScriptCmdlet")
public record ScriptCmdlet(ScriptBinding binding, Session session) {
    Object property(String n) {
        return n.equalsIgnoreCase("ParameterSetName") ? binding.parameterSet() : null;
    }

    Object invoke(String n, List<Object> args) {
        switch (n.toLowerCase(Locale.ROOT)) {
            case "shouldprocess": {
                // ShouldProcess(target), (target, action), or (description, warning, caption)
                String target = args.isEmpty() ? "" : LanguagePrimitives.toText(args.get(0));
                String action = args.size() > 1 ? LanguagePrimitives.toText(args.get(1)) : binding.commandName();
                String description = args.size() >= 3 ? target
                        : "Performing the operation \"" + action + "\" on target \"" + target + "\".";
                return binding.shouldProcess(description);
            }
            case "shouldcontinue":
                return true;
            case "writeerror":
                if (args.get(0) instanceof ErrorRecord r) session.report(r);
                return AutomationNull.VALUE;
            case "throwterminatingerror":
                if (args.get(0) instanceof ErrorRecord r) throw new PsException(r);
                return AutomationNull.VALUE;
            case "writeverbose":
                session.context().host().writeVerboseLine(LanguagePrimitives.toText(args.get(0)));
                return AutomationNull.VALUE;
            case "writewarning":
                session.context().host().writeWarningLine(LanguagePrimitives.toText(args.get(0)));
                return AutomationNull.VALUE;
            default:
                return Methods.NOT_FOUND;
        }
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSScriptCmdlet";
    }
}
