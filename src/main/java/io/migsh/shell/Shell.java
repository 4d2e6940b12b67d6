package io.migsh.shell;

import io.migsh.cmdlets.core.CoreCmdlets;
import io.migsh.cmdlets.data.DataCmdlets;
import io.migsh.cmdlets.format.FormatCmdlets;
import io.migsh.cmdlets.migration.MigrationCmdlets;
import io.migsh.cmdlets.migration.MigrationIdentityCompleter;
import io.migsh.command.Cmdlet;
import io.migsh.command.CommandRegistry;
import io.migsh.command.IdentityCompleter;
import io.migsh.format.ErrorView;
import io.migsh.format.FieldText;
import io.migsh.format.OutputFormatter;
import io.migsh.format.ViewRegistry;
import io.migsh.lang.ExitException;
import io.migsh.lang.Interpreter;
import io.migsh.migration.MigrationSession;
import io.migsh.repl.ReplEngine;
import io.migsh.runtime.CommandHistory;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One shell: the interpreter over every cmdlet, Out-Default at the end of each command line, errors shown in
 * PowerShell's ConciseView, and the ways a line gets run (typed, from a file, from -Command, from standard input).
 * A terminating error ends what was running, never the shell, and never shows a Java stack trace.
 */
public final class Shell implements ReplEngine, AutoCloseable {
    private final Host console;
    private final Interpreter interpreter;
    private final PipelineOutput output;
    private final ViewRegistry views = ViewRegistry.standard();
    private final CommandHistory history = new CommandHistory();
    private Integer exitCode;

    public Shell(Host console, Path location, Path dataDirectory, Clock clock) {
        this.console = console;
        this.output = new PipelineOutput(this::formatter, console);
        Host ordered = new OrderedHost(console, output::flush);
        this.interpreter = Interpreter.newSession(ordered, location, dataDirectory, clock, commands());
        ExecutionContext context = interpreter.context();
        context.register(CommandHistory.class, history);
        context.register(ViewRegistry.class, views);
        context.register(IdentityCompleter.class, new MigrationIdentityCompleter(context));
        context.setErrorSink(this::show);
    }

    /** Every cmdlet of the shell, with its aliases. */
    @SuppressWarnings("unchecked")
    public static CommandRegistry commands() {
        List<Class<? extends Cmdlet>> all = new ArrayList<>();
        all.addAll(CoreCmdlets.all());
        all.addAll(FormatCmdlets.all());
        all.addAll(DataCmdlets.all());
        all.addAll(MigrationCmdlets.all());
        return new CommandRegistry().addCmdlets(all.toArray(Class[]::new));
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public ExecutionContext context() {
        return interpreter.context();
    }

    /** The code of {@code exit N} once a script or line ran it; null while the shell goes on. */
    public Integer exitCode() {
        return exitCode;
    }

    @Override
    public String prompt() {
        return "PS " + context().location() + "> ";
    }

    @Override
    public boolean isIncomplete(String text) {
        return interpreter.parse(text).incomplete();
    }

    /** Runs a line as typed at the prompt and keeps it in the history; false once it ran {@code exit}. */
    @Override
    public boolean execute(String text) {
        OffsetDateTime started = OffsetDateTime.now(context().clock());
        boolean ok = runLine(text);
        history.add(text, ok, started, OffsetDateTime.now(context().clock()));
        return exitCode == null;
    }

    @Override
    public void interrupt() {
        context().requestStop();
    }

    /** Runs text at the prompt's scope; true when it completed and its last statement succeeded ($?). */
    public boolean runLine(String text) {
        return guarded(() -> interpreter.run(text, null, List.of(), output)) && interpreter.lastSucceeded();
    }

    /** pwsh -File: 0, 1 when a terminating error ended the script, N for exit N. */
    public int runFile(Path file, List<String> args) {
        if (!Files.isRegularFile(file)) {
            console.writeErrorLine("The argument '" + file + "' is not recognized as the name of a script file. "
                    + "Check the spelling of the name, or if a path was included, verify that the path is correct.");
            return 64;
        }
        boolean ok = guarded(() -> {
            try {
                interpreter.runFile(file.toAbsolutePath(), new ArrayList<>(args), output);
            } catch (IOException e) {
                throw new PsException("System.IO.IOException", "Cannot read '" + file + "': " + e.getMessage(),
                        "FileReadError", ErrorCategory.ReadError, file.toString());
            }
        });
        return exitCode != null ? exitCode : ok ? 0 : 1;
    }

    /** pwsh -Command: N for exit N, else 1 when the command failed, else 0. */
    public int runCommand(String text) {
        boolean ok = runLine(text);
        return exitCode != null ? exitCode : ok ? 0 : 1;
    }

    /** Commands read from standard input: each complete statement runs as if typed; the last decides the status. */
    public int runLines(Iterable<String> lines) {
        StringBuilder pending = new StringBuilder();
        boolean ok = true;
        for (String line : lines) {
            pending.append(line).append('\n');
            if (isIncomplete(pending.toString())) continue;
            if (!pending.toString().isBlank()) ok = runLine(pending.toString());
            pending.setLength(0);
            if (exitCode != null) return exitCode;
        }
        if (!pending.toString().isBlank()) ok = runLine(pending.toString());
        return exitCode != null ? exitCode : ok ? 0 : 1;
    }

    /** Dot-sources $MIGSH_HOME/profile.ps1 when it exists, so its functions and variables stay in the session. */
    public void runProfile() {
        Path profile = context().dataDirectory().resolve("profile.ps1");
        if (Files.isRegularFile(profile)) runLine(". '" + profile.toString().replace("'", "''") + "'");
    }

    /** Runs one piece of work; a terminating error is shown (it is already in $Error) and ends only that work. */
    private boolean guarded(Runnable work) {
        context().clearStop();
        try {
            work.run();
            return true;
        } catch (ExitException e) {
            exitCode = e.code();
            return true;
        } catch (PsException e) {
            show(e.record());
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            ErrorRecord r = ErrorRecord.of(e.getClass().getName(), internal(e), "InternalError",
                    ErrorCategory.NotSpecified, null);
            context().recordError(r);
            show(r);
            return false;
        } finally {
            output.flush();
            context().clearStop();
        }
    }

    private static String internal(Throwable e) {
        String m = e.getMessage();
        return "Internal error (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m)
                + "). Please report it with the command that caused it.";
    }

    /** Shows an error as ConciseView does; Ctrl+C (PipelineStopped) just returns to the prompt. */
    private void show(ErrorRecord record) {
        if ("PipelineStopped".equals(record.errorId())) return;
        output.flush();
        String text = ErrorView.concise(record, console.width() > 0 ? console.width() : 120);
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        console.writeErrorLine(text);
    }

    private OutputFormatter formatter() {
        Object limit = context().variables().get("FormatEnumerationLimit");
        int n = limit instanceof Number num ? num.intValue() : FieldText.DEFAULT_ENUMERATION_LIMIT;
        return new OutputFormatter(views).withEnumerationLimit(n);
    }

    /** Stops the migration service of this shell, if one was started, and closes the state store. */
    @Override
    public void close() {
        MigrationSession s = context().serviceOrNull(MigrationSession.class);
        if (s != null) s.close();
    }
}
