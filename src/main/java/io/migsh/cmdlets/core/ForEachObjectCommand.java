package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.lang.Interpreter;
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
    private ScriptBlock method;

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
            if (inputObject == null || Members.has(inputObject, memberName)
                    || LanguagePrimitives.isEnumerable(inputObject)) {
                writeEnumerated(Members.get(inputObject, memberName));
            } else {
                callMethod();
            }
            return;
        }
        if (each != null) emitAll(each.invoke(inputObject));
    }

    @Override
    protected void end() {
        if (last != null) emitAll(last.invoke(null));
    }

    /** 'a', 'b' | ForEach-Object ToUpper: a name that is no property is a method called without arguments. */
    private void callMethod() {
        if (method == null) {
            // try/catch makes a failed call reach this cmdlet instead of being reported inside the block
            method = context().service(Interpreter.class).scriptBlock(
                    "try { $_.'" + memberName.replace("'", "''") + "'() } catch { throw }");
        }
        try {
            emitAll(method.invoke(inputObject));
        } catch (PsException e) {
            if (!"MethodNotFound".equals(e.record().errorId())) {
                writeError(e.record());
                return;
            }
            writeError(PsException.invalidArgument("The input name \"" + memberName + "\" cannot be resolved "
                    + "to a member.", "PropertyOrMethodNotFound", inputObject).record());
        }
    }

    private void emitAll(List<Object> values) {
        for (Object v : values) writeObject(v);
    }
}
