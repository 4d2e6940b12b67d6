package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Set-Variable (and New-Variable's common use): assigns a value to a variable, in a scope when one is named. */
@CmdletInfo(verb = "Set", noun = "Variable", aliases = {"set", "sv"}, supportsShouldProcess = true)
public class SetVariableCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    String[] name;
    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    Object value;
    @Parameter
    String scope;
    @Parameter
    boolean passThru;

    @Override
    protected void process() {
        for (String n : name) {
            String qualified = scope == null ? n : scope + ":" + n;
            // VariableCommandStrings: SetVariableTarget "Name: {0} Value: {1}", SetVariableAction "Set variable"
            if (!shouldProcess("Name: " + n + " Value: " + io.migsh.runtime.LanguagePrimitives.toText(value),
                    "Set variable")) {
                continue;
            }
            context().variables().set(qualified, value);
            if (passThru) writeObject(VariableView.of(n, value));
        }
    }
}
