package io.migsh.repl;

import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.Host;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * The console of the interactive shell: writes through the JLine terminal (red errors, yellow warnings, cyan verbose
 * unless NO_COLOR is set), prompts through the line reader, and shows Write-Progress in JLine's status bar.
 */
public final class TerminalHost implements Host {
    private final Terminal terminal;
    private final boolean colour;
    private final Map<Integer, AttributedString> bars = new LinkedHashMap<>();
    private LineReader reader;

    public TerminalHost(Terminal terminal, boolean colour) {
        this.terminal = terminal;
        this.colour = colour;
    }

    /** The reader that prompts for missing parameters and confirmations (set once the REPL exists). */
    public void attach(LineReader lineReader) {
        this.reader = lineReader;
    }

    private PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public synchronized void write(String text) {
        out().print(text);
        out().flush();
    }

    @Override
    public void writeErrorLine(String text) {
        styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.RED));
    }

    @Override
    public void writeWarningLine(String text) {
        styled("WARNING: " + text, AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.YELLOW));
    }

    @Override
    public void writeVerboseLine(String text) {
        styled("VERBOSE: " + text, AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.CYAN));
    }

    private synchronized void styled(String text, AttributedStyle style) {
        out().println(colour ? new AttributedString(text, style).toAnsi(terminal) : text);
        out().flush();
    }

    @Override
    public synchronized void writeHost(String text, ConsoleColor foreground, ConsoleColor background,
            boolean newline) {
        String start = colour ? ConsoleColor.sgr(foreground, background) : "";
        out().print(start.isEmpty() ? text : start + text + "\u001b[0m");
        if (newline) out().println();
        out().flush();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader == null ? null : reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public char[] readSecret(String prompt) {
        try {
            return reader == null ? null : reader.readLine(prompt, '*').toCharArray();
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        return w > 0 ? w : 120;
    }

    @Override
    public boolean isInteractive() {
        return true;
    }

    /** One line per progress -Id, in the order the bars first appeared; -Completed removes that line. */
    @Override
    public synchronized void progress(int id, String activity, String status, int percent, boolean completed) {
        if (completed) {
            bars.remove(id);
        } else {
            bars.put(id, bar(activity, status, percent));
        }
        if (bars.isEmpty()) {
            clearProgress();
            return;
        }
        Status line = Status.getStatus(terminal);
        if (line != null) line.update(new ArrayList<>(bars.values()));
    }

    private AttributedString bar(String activity, String status, int percent) {
        int width = Math.max(10, width() - 2);
        String head = activity + " - " + status;
        StringBuilder line = new StringBuilder(head.length() > width ? head.substring(0, width) : head);
        if (percent >= 0) {
            int cells = Math.max(10, width - line.length() - 8);
            int done = Math.min(cells, cells * percent / 100);
            line.append(" [").append("o".repeat(done)).append(" ".repeat(cells - done)).append("] ")
                    .append(percent).append('%');
        }
        return new AttributedString(line.toString(),
                AttributedStyle.DEFAULT.foreground(AttributedStyle.BLACK).background(AttributedStyle.CYAN));
    }

    /** Removes the progress bar, if one is showing. */
    public synchronized void clearProgress() {
        bars.clear();
        Status.getExistingStatus(terminal).ifPresent(bar -> bar.update(List.of()));
    }
}
