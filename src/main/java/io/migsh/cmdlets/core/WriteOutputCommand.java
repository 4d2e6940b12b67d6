package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import java.util.List;

/** Write-Output: sends objects down the pipeline (echo). */
@CmdletInfo(verb = "Write", noun = "Output", aliases = {"echo", "write"})
public class WriteOutputCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    List<Object> inputObject;
    @Parameter
    boolean noEnumerate;

    @Override
    protected void process() {
        if (inputObject == null) return;
        if (noEnumerate) writeObject(inputObject.size() == 1 ? inputObject.get(0) : inputObject);
        else for (Object o : inputObject) writeEnumerated(o);
    }
}
