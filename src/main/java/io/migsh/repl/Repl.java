package io.migsh.repl;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;

/**
 * The interactive loop over a JLine line reader: PowerShell's prompt and {@code >> } continuation, history kept in
 * the data directory, Tab completion, highlighting, F1 for the synopsis of the command under the cursor, Ctrl+C
 * stopping the running command and not the shell.
 */
public final class Repl {
    static final String COMMAND_HELP = "migsh-command-help";

    private final Terminal terminal;
    private final ReplEngine engine;
    private final LineReader reader;
    private volatile boolean interrupted;

    public Repl(Terminal terminal, ReplEngine engine, Completer completer, Highlighter highlighter, Path historyFile) {
        this.terminal = terminal;
        this.engine = engine;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("migsh")
                .parser(new ReplParser(engine::isIncomplete))
                .completer(completer)
                .completionMatcher(new CompletionFilter())
                .highlighter(highlighter)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 4096)
                .variable(LineReader.HISTORY_FILE_SIZE, 4096)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ">> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                // Lists read left to right in the completer's order: a command's own parameters, then the common ones.
                .option(LineReader.Option.LIST_ROWS_FIRST, true)
                .build();
        bindCommandHelp();
    }

    public LineReader reader() {
        return reader;
    }

    /** Reads and runs lines until exit or Ctrl+D. */
    public void run() {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
            interrupted = true;
            engine.interrupt();
        });
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(engine.prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return;
                }
                if (line.isBlank()) continue;
                interrupted = false;
                boolean goOn = engine.execute(line);
                // The terminal echoed ^C where the output had got to: the next prompt starts on a line of its own.
                if (interrupted) terminal.writer().println();
                if (!goOn) return;
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                terminal.writer().println("WARNING: history not saved: " + e.getMessage());
            }
        }
    }

    /** F1, as in PSReadLine: help on the command under the cursor, printed above the prompt. */
    private void bindCommandHelp() {
        reader.getWidgets().put(COMMAND_HELP, this::showCommandHelp);
        Reference widget = new Reference(COMMAND_HELP);
        for (String map : new String[] {LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> keys = reader.getKeyMaps().get(map);
            String f1 = KeyMap.key(terminal, InfoCmp.Capability.key_f1);
            if (f1 != null && !f1.isEmpty()) keys.bind(widget, f1);
            // xterm in application and normal cursor mode, and the VT220 form some terminals send
            keys.bind(widget, "\u001bOP", "\u001b[11~");
        }
    }

    private boolean showCommandHelp() {
        String name = CompletionContext.commandAt(reader.getBuffer().toString(), reader.getBuffer().cursor());
        String text = name == null ? null : engine.synopsis(name);
        if (text == null) {
            terminal.puts(InfoCmp.Capability.bell);
            terminal.flush();
            return true;
        }
        reader.printAbove(text);
        return true;
    }
}
