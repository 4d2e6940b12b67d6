package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.runtime.CommandHistory;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsObject;
import java.time.Duration;
import java.util.List;

/** Get-History: the command lines run in this session (Id, CommandLine, times, status). */
@CmdletInfo(verb = "Get", noun = "History", aliases = {"h", "history", "ghy"})
public class GetHistoryCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, validateRange = {1, Long.MAX_VALUE})
    long[] id;
    @Parameter(position = 1, validateRange = {0, 32767})
    int count = 4096;

    @Override
    protected void process() {
        CommandHistory history = context().serviceOrNull(CommandHistory.class);
        if (history == null) return;
        List<CommandHistory.Entry> all = history.entries();
        if (id != null) {
            for (long wanted : id) for (CommandHistory.Entry e : all) if (e.id() == wanted) writeObject(view(e));
            return;
        }
        for (CommandHistory.Entry e : all.subList(Math.max(0, all.size() - count), all.size())) writeObject(view(e));
    }

    private static PsObject view(CommandHistory.Entry e) {
        PsObject o = new PsObject("Microsoft.PowerShell.Commands.HistoryInfo", "System.Object");
        o.add("Id", e.id());
        o.add("CommandLine", e.commandLine());
        o.add("ExecutionStatus", e.executionStatus());
        // HistoryInfo's times are DateTime.Now readings: local time
        o.add("StartExecutionTime", PsDateTime.local(e.started().toInstant()));
        o.add("EndExecutionTime", PsDateTime.local(e.ended().toInstant()));
        o.add("Duration", Duration.between(e.started(), e.ended()));
        o.withToString(e.commandLine());
        return o;
    }
}
