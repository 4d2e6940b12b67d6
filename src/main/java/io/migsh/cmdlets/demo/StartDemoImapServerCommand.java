package io.migsh.cmdlets.demo;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.io.IOException;

/**
 * Start-DemoImapServer: starts an IMAP server inside migsh, on loopback, filled with the demo's mailboxes, so the
 * migration cmdlets have a real old server to migrate from. It runs until Stop-DemoImapServer or the end of the
 * session, and writes the server's address, its ports and its users.
 */
@CmdletInfo(verb = "Start", noun = "DemoImapServer", outputType = DemoObjects.SERVER)
public class StartDemoImapServerCommand extends Cmdlet {
    @Parameter(validateRange = {0, 65535})
    int port;
    @Parameter(validateRange = {0, 65535})
    int sslPort;
    @Parameter
    boolean skipLargeMessage;
    @Parameter
    boolean includeTroubledUsers;

    @Override
    protected void process() {
        RunningDemoServer running = RunningDemoServer.of(context());
        DemoImapServer current = running.get();
        if (current != null && current.isRunning()) {
            throw new PsException("System.InvalidOperationException", "A demo IMAP server is already running on "
                    + current.host() + ", port " + current.port() + ". Stop it with Stop-DemoImapServer first.",
                    "DemoServerRunning", ErrorCategory.ResourceExists, current.port());
        }
        DemoImapServer server;
        try {
            server = DemoImapServer.start(port, sslPort, !skipLargeMessage, includeTroubledUsers);
        } catch (IOException | RuntimeException e) {
            throw new PsException("System.IO.IOException", "The demo IMAP server couldn't start: " + e.getMessage(),
                    "DemoServerStartFailed", ErrorCategory.ResourceUnavailable, port);
        }
        running.set(server);
        writeObject(DemoObjects.server(server));
    }
}
