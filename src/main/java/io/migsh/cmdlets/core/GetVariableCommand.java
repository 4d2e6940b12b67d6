package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;
import io.migsh.runtime.WildcardPattern;
import java.util.Map;
import java.util.TreeMap;

/** Get-Variable: the variables visible here, by name (wildcards allowed), sorted as PowerShell lists them. */
@CmdletInfo(verb = "Get", noun = "Variable", aliases = "gv")
public class GetVariableCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String[] name;
    @Parameter
    boolean valueOnly;
    @Parameter
    String scope;

    @Override
    protected void process() {
        Map<String, Object> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Object> visible = context().variables().visible();
        for (Map.Entry<String, Object> e : visible.entrySet()) all.putIfAbsent(e.getKey(), e.getValue());
        String[] patterns = name == null ? new String[] {"*"} : name;
        for (String pattern : patterns) {
            boolean found = false;
            WildcardPattern p = WildcardPattern.of(pattern, false);
            for (Map.Entry<String, Object> e : all.entrySet()) {
                if (!p.matches(e.getKey())) continue;
                found = true;
                writeObject(valueOnly ? e.getValue() : VariableView.of(e.getKey(), e.getValue()));
            }
            if (!found && !WildcardPattern.hasWildcards(pattern)) {
                writeError(new ErrorRecord("System.Management.Automation.ItemNotFoundException",
                        "Cannot find a variable with the name '" + pattern + "'.", "VariableNotFound",
                        ErrorCategory.ObjectNotFound, pattern, null, SourcePosition.NONE, null));
            }
        }
    }
}
