package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.TimeSpans;

/**
 * Measure-Command: runs a script block, discards its output and returns how long it took. With pipeline input the
 * block runs once per object ($_) and the one TimeSpan is the total, as PowerShell's stopwatch is.
 */
@CmdletInfo(verb = "Measure", noun = "Command")
public class MeasureCommandCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true)
    ScriptBlock expression;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    private long elapsed;

    @Override
    protected void process() {
        long start = System.nanoTime();
        expression.invoke(inputObject);
        elapsed += System.nanoTime() - start;
    }

    @Override
    protected void end() {
        writeObject(TimeSpans.ofTicks(elapsed / 100));
    }
}
