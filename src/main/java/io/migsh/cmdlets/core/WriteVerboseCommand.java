package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Write-Verbose: a VERBOSE: line, shown with -Verbose or $VerbosePreference = 'Continue'. */
@CmdletInfo(verb = "Write", noun = "Verbose")
public class WriteVerboseCommand extends Cmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, aliases = "Msg", allowEmptyString = true)
    String message;

    @Override
    protected void process() {
        writeVerbose(message);
    }
}
