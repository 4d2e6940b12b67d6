package io.migsh.cmdlets.migration;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.migration.MigrationSession;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;

/**
 * Base of the Exchange cmdlets: errors about the objects they act on are written as Exchange writes them, as
 * non-terminating errors (so one bad identity in a pipeline doesn't stop the rest; -ErrorAction Stop stops), with
 * an error id that ends in the Exchange task's class name.
 */
public abstract class ExchangeCmdlet extends Cmdlet {
    @Override
    protected final void process() {
        try {
            processRecord();
        } catch (PsException e) {
            // Exchange's own errors are per object; the shell's (a prompt that can't be shown, Ctrl+C) stop the command.
            if (!e.record().exceptionType().startsWith("Microsoft.Exchange.")) throw e;
            writeError(qualified(e.record()));
        }
    }

    protected abstract void processRecord();

    protected MigrationSession session() {
        return MigrationSessions.of(context());
    }

    /**
     * The warning Exchange's Get- tasks write when -ResultSize cut the results short: the advice to use -ResultSize
     * when the default limit (1000) applied, else the request to raise the value given.
     */
    protected final void warnMoreResults(Object limit) {
        if (isBound("ResultSize")) {
            writeWarning("There are more results available than are currently displayed. To view them, increase the "
                    + "value for the ResultSize parameter.");
        } else {
            writeWarning("By default, only the first " + limit + " items are returned. Use the ResultSize parameter "
                    + "to specify the number of items returned. To return all items, specify \"-ResultSize "
                    + "Unlimited\". Be aware that, depending on the actual number of items, returning all items can "
                    + "take a long time and consume a large amount of memory. Also, we don't recommend storing the "
                    + "results in a variable. Instead, pipe the results to another task or script to perform batch "
                    + "changes.");
        }
    }

    /** The .NET namespace of the Exchange task this cmdlet stands for. */
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.Migration";
    }

    private ErrorRecord qualified(ErrorRecord r) {
        if (r.errorId().contains(",")) return r;
        CmdletInfo info = getClass().getAnnotation(CmdletInfo.class);
        String task = taskNamespace() + "." + info.verb() + info.noun();
        return new ErrorRecord(r.exceptionType(), r.message(), r.errorId() + "," + task, r.category(),
                r.targetObject(), r.commandName(), r.position(), r.cause());
    }
}
