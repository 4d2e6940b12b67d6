package io.migsh.shell;

import io.migsh.runtime.Host;
import java.util.ArrayDeque;
import java.util.Deque;

/** A console for transcript tests: everything written goes, in order and without colour, into one buffer. */
final class RecordingHost implements Host {
    private final StringBuilder screen = new StringBuilder();
    private final Deque<String> answers = new ArrayDeque<>();
    private final int width;

    RecordingHost(int width) {
        this.width = width;
    }

    String take() {
        String s = screen.toString();
        screen.setLength(0);
        return s;
    }

    @Override
    public void write(String text) {
        screen.append(text);
    }

    @Override
    public void writeErrorLine(String text) {
        screen.append(text).append('\n');
    }

    @Override
    public void writeWarningLine(String text) {
        screen.append("WARNING: ").append(text).append('\n');
    }

    @Override
    public void writeVerboseLine(String text) {
        screen.append("VERBOSE: ").append(text).append('\n');
    }

    @Override
    public void writeHost(String text, io.migsh.runtime.ConsoleColor foreground, io.migsh.runtime.ConsoleColor background, boolean newline) {
        screen.append(text);
        if (newline) screen.append('\n');
    }

    @Override
    public String readLine(String prompt) {
        screen.append(prompt);
        String answer = answers.poll();
        if (answer != null) screen.append(answer).append('\n');
        return answer;
    }

    @Override
    public char[] readSecret(String prompt) {
        screen.append(prompt).append('\n');
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public boolean isInteractive() {
        return false;
    }
}
