package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.lang.Interpreter;
import io.migsh.runtime.CommandHistory;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import java.util.List;

/**
 * Invoke-History (r): runs a command line of the session history again, the last one or the one with an Id or
 * starting with given text. As in PowerShell it echoes the line first and goes into the history as that line.
 */
@CmdletInfo(verb = "Invoke", noun = "History", aliases = {"r", "ihy"}, supportsShouldProcess = true)
public class InvokeHistoryCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    String id;

    private String chosen;
    private int given;

    @Override
    protected void process() {
        if (id != null) {
            chosen = id;
            given++;
        }
    }

    @Override
    protected void end() {
        if (given > 1) {
            throw new PsException("System.ArgumentException", "Cannot process multiple history commands. You can "
                    + "only run a single command by using Invoke-History.", "InvokeHistoryMultipleCommandsError",
                    ErrorCategory.InvalidArgument, null);
        }
        CommandHistory history = context().service(CommandHistory.class);
        CommandHistory.Entry entry = entry(history.entries());
        if (!history.startInvoking(entry.id())) {
            throw new PsException("System.InvalidOperationException", "The Invoke-History cmdlet is called "
                    + "repeatedly, in a loop.", "InvokeHistoryLoopDetected", ErrorCategory.InvalidOperation, null);
        }
        try {
            history.replaceRunningLine(entry.commandLine());
            if (!shouldProcess(entry.commandLine(), "Invoke-History")) return;
            context().host().write(entry.commandLine() + "\n");
            context().service(Interpreter.class).run(entry.commandLine(), null, List.of(), this::writeObject);
        } finally {
            history.endInvoking(entry.id());
        }
    }

    /** The last entry; the one with the Id; or the most recent one whose command line starts with the text. */
    private CommandHistory.Entry entry(List<CommandHistory.Entry> entries) {
        if (chosen == null) {
            if (entries.isEmpty()) {
                throw new PsException("System.InvalidOperationException", "Cannot locate most recent history.",
                        "InvokeHistoryNoLastHistoryEntryFound", ErrorCategory.InvalidOperation, null);
            }
            return entries.get(entries.size() - 1);
        }
        Long number = number(chosen);
        if (number == null) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).commandLine().startsWith(chosen)) return entries.get(i);
            }
            throw new PsException("System.ArgumentException", "Cannot locate the history for command line " + chosen
                    + ".", "InvokeHistoryNoHistoryForCommandline", ErrorCategory.ObjectNotFound, chosen);
        }
        if (number <= 0) {
            throw new PsException("System.ArgumentOutOfRangeException", "The identifier " + number + " is not a valid "
                    + "value for a History identifier. Specify a positive number, and then try again.",
                    "InvokeHistoryInvalidIdGetHistory", ErrorCategory.InvalidArgument, number);
        }
        for (CommandHistory.Entry e : entries) if (e.id() == number) return e;
        throw new PsException("System.ArgumentException", "Cannot locate the history for Id " + number + ".",
                "InvokeHistoryNoHistoryForId", ErrorCategory.ObjectNotFound, number);
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
