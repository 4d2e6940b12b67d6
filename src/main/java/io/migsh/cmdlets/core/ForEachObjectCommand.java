package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import java.util.List;

/** ForEach-Object: runs a script block for each input ($_), or reads a member of each (ForEach-Object Name). */
@CmdletInfo(verb = "ForEach", noun = "Object", aliases = {"foreach", "%"}, defaultParameterSet = "ScriptBlockSet")
public class ForEachObjectCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
    @Parameter(sets = "ScriptBlockSet")
    ScriptBlock begin;
    @Parameter(position = 0, mandatory = true, sets = "ScriptBlockSet")
    ScriptBlock process;
    @Parameter(sets = "ScriptBlockSet")
    ScriptBlock end;
    @Parameter(sets = "ScriptBlockSet", valueFromRemainingArguments = true)
    List<Object> remainingScripts;
    @Parameter(position = 0, mandatory = true, sets = "PropertyAndMethodSet")
    String memberName;

    private ScriptBlock each;
    private ScriptBlock last;

    @Override
    protected void begin() {
        each = process;
        last = end;
        ScriptBlock first = begin;
        // ForEach-Object {begin} {process} {end}: three positional blocks mean begin, process and end.
        if (remainingScripts != null && !remainingScripts.isEmpty()) {
            first = process;
            each = (ScriptBlock) remainingScripts.get(0);
            if (remainingScripts.size() > 1) last = (ScriptBlock) remainingScripts.get(1);
        }
        if (first != null) emitAll(first.invoke(null));
    }

    @Override
    protected void process() {
        if (memberName != null) {
            if (inputObject != null && !Members.has(inputObject, memberName)
                    && !LanguagePrimitives.isEnumerable(inputObject)) {
                writeError(PsException.invalidArgument("The input name \"" + memberName + "\" cannot be resolved "
                        + "to a member.", "PropertyOrMethodNotFound", inputObject).record());
                return;
            }
            writeEnumerated(Members.get(inputObject, memberName));
            return;
        }
        if (each != null) emitAll(each.invoke(inputObject));
    }

    @Override
    protected void end() {
        if (last != null) emitAll(last.invoke(null));
    }

    private void emitAll(List<Object> values) {
        for (Object v : values) writeObject(v);
    }
}
