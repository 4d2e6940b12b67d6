package io.migsh.cmdlets.format;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Out-Null: discards its input. */
@CmdletInfo(verb = "Out", noun = "Null")
public class OutNullCommand extends Cmdlet {
    @Parameter(valueFromPipeline = true)
    Object inputObject;
}
