package io.migsh.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** A host for tests: every stream goes, in order and without colour, into one text; progress into a list. */
public final class TextHost implements Host {
    private final StringBuilder text;
    private final IntSupplier width;
    /** Each progress record as "activity: status", or "done" for a completed one. */
    public final List<String> progress = new ArrayList<>();

    /** Writes into {@code text}, formatting for 120 columns. */
    public TextHost(StringBuilder text) {
        this(text, () -> 120);
    }

    /** Writes into {@code text}; the width is read each time, so a test may change it between commands. */
    public TextHost(StringBuilder text, IntSupplier width) {
        this.text = text;
        this.width = width;
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void writeErrorLine(String s) {
        text.append(s).append('\n');
    }

    @Override
    public void writeWarningLine(String s) {
        text.append("WARNING: ").append(s).append('\n');
    }

    @Override
    public void writeVerboseLine(String s) {
        text.append("VERBOSE: ").append(s).append('\n');
    }

    @Override
    public void writeHost(String s, ConsoleColor foreground, ConsoleColor background, boolean newline) {
        text.append(s).append(newline ? "\n" : "");
    }

    @Override
    public String readLine(String prompt) {
        return null;
    }

    @Override
    public char[] readSecret(String prompt) {
        return null;
    }

    @Override
    public int width() {
        return width.getAsInt();
    }

    @Override
    public boolean isInteractive() {
        return false;
    }

    @Override
    public void progress(int id, String activity, String status, int percent, boolean completed) {
        progress.add(completed ? "done" : activity + ": " + status);
    }
}
