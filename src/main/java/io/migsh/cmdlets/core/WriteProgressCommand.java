package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/**
 * Write-Progress: a progress bar at the bottom of an interactive console; nothing where output is redirected or
 * when $ProgressPreference is SilentlyContinue.
 */
@CmdletInfo(verb = "Write", noun = "Progress")
public class WriteProgressCommand extends Cmdlet {
    @Parameter(position = 0)
    String activity = "Processing";
    @Parameter(position = 1)
    String status = "Processing";
    @Parameter(position = 2)
    int id;
    @Parameter
    int percentComplete = -1;
    @Parameter
    String currentOperation;
    @Parameter
    boolean completed;

    @Override
    protected void process() {
        String text = currentOperation == null ? status : status + " " + currentOperation;
        writeProgress(id, activity, text, percentComplete, completed);
    }
}
