package io.migsh.repl;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell's terminal: open it first to get the console the session writes to, then run the prompt
 * loop over the session once it exists.
 */
public final class InteractiveConsole implements AutoCloseable {
    private final Terminal terminal;
    private final boolean colour;
    private final TerminalHost host;

    private InteractiveConsole(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.colour = colour;
        this.host = new TerminalHost(terminal, colour);
    }

    /** The process's own terminal; Ctrl+C is delivered as a signal so that it stops commands, not the shell. */
    public static InteractiveConsole open() throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        return new InteractiveConsole(t, colourWanted(t, System::getenv));
    }

    /** A console over a given terminal (a virtual one in tests), with or without colour. */
    public static InteractiveConsole over(Terminal terminal, boolean colour) {
        return new InteractiveConsole(terminal, colour);
    }

    /** Colour unless NO_COLOR is set (https://no-color.org) or the terminal cannot show it. */
    static boolean colourWanted(Terminal terminal, java.util.function.UnaryOperator<String> environment) {
        String noColor = environment.apply("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    public Host host() {
        return host;
    }

    /** Reads and runs lines until exit or Ctrl+D, with completion, highlighting and history in {@code historyFile}. */
    public void run(ReplEngine engine, CommandRegistry commands, ExecutionContext context, Path historyFile) {
        Repl repl = new Repl(terminal, new ProgressClearing(engine, host), new ShellCompleter(commands, context),
                new ShellHighlighter(engine::highlight, colour), historyFile);
        host.attach(repl.reader());
        repl.run();
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    /** A progress bar a command left behind goes when the command ends, as in PowerShell. */
    private record ProgressClearing(ReplEngine engine, TerminalHost host) implements ReplEngine {
        @Override
        public String prompt() {
            return engine.prompt();
        }

        @Override
        public boolean isIncomplete(String text) {
            return engine.isIncomplete(text);
        }

        @Override
        public boolean execute(String text) {
            try {
                return engine.execute(text);
            } finally {
                host.clearProgress();
            }
        }

        @Override
        public void interrupt() {
            engine.interrupt();
        }

        @Override
        public List<Highlight> highlight(String text) {
            return engine.highlight(text);
        }

        @Override
        public String synopsis(String command) {
            return engine.synopsis(command);
        }
    }
}
