package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Write-Warning: a yellow WARNING: line, shown unless $WarningPreference or -WarningAction hides it. */
@CmdletInfo(verb = "Write", noun = "Warning")
public class WriteWarningCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, aliases = "Msg", allowEmptyString = true)
    String message;

    @Override
    protected void process() {
        writeWarning(message);
    }
}
