package io.migsh.shell;

import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.Host;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process console: output on stdout, errors on stderr; colours only on a terminal without NO_COLOR, as
 * PowerShell's console host does (red errors, yellow warnings, cyan verbose).
 */
public final class ConsoleHost implements Host {
    private static final String RESET = "\u001b[0m";
    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    private final boolean errorColour;
    private final boolean interactive;
    private BufferedReader in;

    public ConsoleHost(boolean interactive) {
        this.out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        this.interactive = interactive;
        this.colour = colourOn(1);
        this.errorColour = colourOn(2);
    }

    /**
     * Colour on a stream only when it is a terminal, TERM is not dumb and NO_COLOR is unset or empty
     * (https://no-color.org): a redirected stream gets plain text even when the other one is a terminal.
     */
    private static boolean colourOn(int fd) {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return false;
        if ("dumb".equals(System.getenv("TERM"))) return false;
        return System.console() != null && isTerminal(fd);
    }

    /** Linux tells where each descriptor leads; elsewhere System.console() has to do for both streams. */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (!Files.isSymbolicLink(link)) return true;
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }

    @Override
    public synchronized void write(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public synchronized void writeErrorLine(String text) {
        out.flush();
        err.println(errorColour ? "\u001b[91m" + text + RESET : text);
    }

    @Override
    public synchronized void writeWarningLine(String text) {
        line("\u001b[93m", "WARNING: " + text);
    }

    @Override
    public synchronized void writeVerboseLine(String text) {
        line("\u001b[96m", "VERBOSE: " + text);
    }

    private void line(String ansi, String text) {
        out.println(colour ? ansi + text + RESET : text);
        out.flush();
    }

    @Override
    public synchronized void writeHost(String text, ConsoleColor foreground, ConsoleColor background,
            boolean newline) {
        String start = colour ? ConsoleColor.sgr(foreground, background) : "";
        out.print(start.isEmpty() ? text : start + text + RESET);
        if (newline) out.println();
        out.flush();
    }

    @Override
    public String readLine(String prompt) {
        write(prompt);
        try {
            if (in == null) in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public char[] readSecret(String prompt) {
        Console console = System.console();
        if (console != null) return console.readPassword("%s", prompt);
        String line = readLine(prompt);
        return line == null ? null : line.toCharArray();
    }

    @Override
    public int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d+")) return Integer.parseInt(columns);
        return 120;
    }

    @Override
    public boolean isInteractive() {
        return interactive;
    }

    /** True when ANSI colour codes are written to standard output (a terminal, NO_COLOR unset). */
    public boolean colour() {
        return colour;
    }
}
