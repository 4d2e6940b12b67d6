package io.migsh.repl;

import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The interactive loop over a JLine line reader: PowerShell's prompt and {@code >> } continuation, history kept in
 * the data directory, Tab completion, highlighting, Ctrl+C stopping the running command and not the shell.
 */
public final class Repl {
    private final Terminal terminal;
    private final ReplEngine engine;
    private final LineReader reader;

    public Repl(Terminal terminal, ReplEngine engine, Completer completer, Highlighter highlighter, Path historyFile) {
        this.terminal = terminal;
        this.engine = engine;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("migsh")
                .parser(new ReplParser(engine::isIncomplete))
                .completer(completer)
                .highlighter(highlighter)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 4096)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, ">> ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
    }

    public LineReader reader() {
        return reader;
    }

    /** Reads and runs lines until exit or Ctrl+D. */
    public void run() {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> engine.interrupt());
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
                if (!engine.execute(line)) return;
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (java.io.IOException e) {
                terminal.writer().println("WARNING: history not saved: " + e.getMessage());
            }
        }
    }
}
