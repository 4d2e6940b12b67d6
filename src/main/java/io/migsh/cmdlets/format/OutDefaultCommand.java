package io.migsh.cmdlets.format;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Out-Default: what the shell does with a pipeline's output; formats it to the console like Out-Host. */
@CmdletInfo(verb = "Out", noun = "Default")
public class OutDefaultCommand extends ConsoleOutput {
    /** Accepted for compatibility (PowerShell uses it for Start-Transcript). */
    @Parameter
    boolean transcript;
}
