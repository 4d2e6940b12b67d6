package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ScriptBlock;
import java.time.Duration;

/** Measure-Command: runs a script block, discards its output and returns how long it took (a TimeSpan). */
@CmdletInfo(verb = "Measure", noun = "Command")
public class MeasureCommandCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true)
    ScriptBlock expression;
    @Parameter(valueFromPipeline = true)
    Object inputObject;

    @Override
    protected void process() {
        long start = System.nanoTime();
        expression.invoke(inputObject);
        writeObject(Duration.ofNanos(System.nanoTime() - start));
    }
}
