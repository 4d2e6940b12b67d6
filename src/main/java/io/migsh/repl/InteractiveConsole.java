package io.migsh.repl;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell's terminal: open it first to get the console the session writes to, then run the prompt
 * loop over the session once it exists.
 */
public final class InteractiveConsole implements AutoCloseable {
    private final Terminal terminal;
    private final TerminalHost host;

    private InteractiveConsole(Terminal terminal) {
        this.terminal = terminal;
        this.host = new TerminalHost(terminal);
    }

    /** The process's own terminal; Ctrl+C is delivered as a signal so that it stops commands, not the shell. */
    public static InteractiveConsole open() throws IOException {
        return new InteractiveConsole(TerminalBuilder.builder().system(true).signalHandler(Terminal.SignalHandler.SIG_IGN)
                .build());
    }

    public Host host() {
        return host;
    }

    /** Reads and runs lines until exit or Ctrl+D, with completion, highlighting and history in {@code historyFile}. */
    public void run(ReplEngine engine, CommandRegistry commands, ExecutionContext context,
            Function<String, List<Highlight>> spans, Path historyFile) {
        boolean colour = System.getenv("NO_COLOR") == null && !Terminal.TYPE_DUMB.equals(terminal.getType());
        Repl repl = new Repl(terminal, engine, new ShellCompleter(commands, context),
                new ShellHighlighter(spans, colour), historyFile);
        host.attach(repl.reader());
        repl.run();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
