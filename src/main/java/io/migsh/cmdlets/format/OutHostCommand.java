package io.migsh.cmdlets.format;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** Out-Host (oh): formats its input and writes it to the console at the console's width. */
@CmdletInfo(verb = "Out", noun = "Host", aliases = "oh")
public class OutHostCommand extends ConsoleOutput {
    /** Accepted for compatibility; migsh's console does not page. */
    @Parameter
    boolean paging;
}
