package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;

/** Remove-Variable: deletes variables by name (wildcards allowed). */
@CmdletInfo(verb = "Remove", noun = "Variable", aliases = "rv", supportsShouldProcess = true)
public class RemoveVariableCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    String[] name;
    @Parameter
    String scope;

    @Override
    protected void process() {
        for (String n : name) {
            if (WildcardPattern.hasWildcards(n)) {
                WildcardPattern p = WildcardPattern.of(n, false);
                for (String v : new ArrayList<>(context().variables().visible().keySet())) {
                    if (p.matches(v) && confirmed(v)) context().variables().remove(qualified(v));
                }
            } else if (context().variables().exists(qualified(n))) {
                if (confirmed(n)) context().variables().remove(qualified(n));
            } else {
                writeError(new ErrorRecord("System.Management.Automation.ItemNotFoundException",
                        "Cannot find a variable with the name '" + n + "'.", "VariableNotFound",
                        ErrorCategory.ObjectNotFound, n, null, SourcePosition.NONE, null));
            }
        }
    }

    /** VariableCommandStrings: RemoveVariableTarget "Name: {0}", RemoveVariableAction "Remove variable". */
    private boolean confirmed(String n) {
        return shouldProcess("Name: " + n, "Remove variable");
    }

    private String qualified(String n) {
        return scope == null ? n : scope + ":" + n;
    }
}
