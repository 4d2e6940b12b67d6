package io.migsh.shell;

import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.Host;

/** The console as commands see it: every write or prompt first flushes the formatted pipeline output. */
final class OrderedHost implements Host {
    private final Host console;
    private final Runnable flush;

    OrderedHost(Host console, Runnable flush) {
        this.console = console;
        this.flush = flush;
    }

    @Override
    public void write(String text) {
        flush.run();
        console.write(text);
    }

    @Override
    public void writeErrorLine(String text) {
        flush.run();
        console.writeErrorLine(text);
    }

    @Override
    public void writeWarningLine(String text) {
        flush.run();
        console.writeWarningLine(text);
    }

    @Override
    public void writeVerboseLine(String text) {
        flush.run();
        console.writeVerboseLine(text);
    }

    @Override
    public void writeHost(String text, ConsoleColor foreground, ConsoleColor background, boolean newline) {
        flush.run();
        console.writeHost(text, foreground, background, newline);
    }

    @Override
    public String readLine(String prompt) {
        flush.run();
        return console.readLine(prompt);
    }

    @Override
    public char[] readSecret(String prompt) {
        flush.run();
        return console.readSecret(prompt);
    }

    @Override
    public int width() {
        return console.width();
    }

    @Override
    public boolean isInteractive() {
        return console.isInteractive();
    }

    @Override
    public void progress(int id, String activity, String status, int percent, boolean completed) {
        console.progress(id, activity, status, percent, completed);
    }
}
