package io.migsh.cmdlets.demo;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;

/** Stop-DemoImapServer: stops the session's demo IMAP server; nothing happens when none runs. */
@CmdletInfo(verb = "Stop", noun = "DemoImapServer")
public class StopDemoImapServerCommand extends Cmdlet {
    @Override
    protected void process() {
        RunningDemoServer.of(context()).stop();
    }
}
