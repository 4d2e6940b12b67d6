package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;

/** Clear-Host: clears an interactive console (ANSI); does nothing where output is redirected. */
@CmdletInfo(verb = "Clear", noun = "Host", aliases = {"cls", "clear"})
public class ClearHostCommand extends Cmdlet {
    @Override
    protected void process() {
        if (context().host().isInteractive()) context().host().write("\u001b[H\u001b[2J\u001b[3J");
    }
}
