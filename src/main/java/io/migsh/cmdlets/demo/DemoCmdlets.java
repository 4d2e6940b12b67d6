package io.migsh.cmdlets.demo;

import io.migsh.command.Cmdlet;
import io.migsh.runtime.ExecutionContext;
import java.util.List;

/** The cmdlets that stage the demo: an old IMAP server to migrate from, and a data directory of its own. */
public final class DemoCmdlets {
    private DemoCmdlets() {}

    public static List<Class<? extends Cmdlet>> all() {
        return List.of(StartDemoImapServerCommand.class, StopDemoImapServerCommand.class,
                InitializeDemoEnvironmentCommand.class);
    }

    /** Stops the session's demo server, if one runs; the shell calls it when it closes. */
    public static void stop(ExecutionContext context) {
        RunningDemoServer running = context.serviceOrNull(RunningDemoServer.class);
        if (running != null) running.stop();
    }
}
