package io.migsh.lang.interpreter;

import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.Host;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The console as the language sees it. Warnings, verbose messages and Write-Host text are streams 3, 4 and 6 of
 * about_Redirection; while a redirection is in force they go where it sends them instead of to the console.
 */
public final class StreamHost implements Host {
    /** The streams a redirection can take from the console. */
    public enum Stream {
        WARNING, VERBOSE, INFORMATION
    }

    private final Host console;
    private Map<Stream, Consumer<String>> routes = new EnumMap<>(Stream.class);

    public StreamHost(Host console) {
        this.console = console;
    }

    /** The routes now in force (to restore them later). */
    Map<Stream, Consumer<String>> routes() {
        return routes;
    }

    void routes(Map<Stream, Consumer<String>> replacement) {
        this.routes = replacement;
    }

    @Override
    public void write(String text) {
        console.write(text);
    }

    @Override
    public void writeErrorLine(String text) {
        console.writeErrorLine(text);
    }

    @Override
    public void writeWarningLine(String text) {
        Consumer<String> route = routes.get(Stream.WARNING);
        if (route != null) route.accept(text);
        else console.writeWarningLine(text);
    }

    @Override
    public void writeVerboseLine(String text) {
        Consumer<String> route = routes.get(Stream.VERBOSE);
        if (route != null) route.accept(text);
        else console.writeVerboseLine(text);
    }

    @Override
    public void writeHost(String text, ConsoleColor foreground, ConsoleColor background, boolean newline) {
        Consumer<String> route = routes.get(Stream.INFORMATION);
        if (route != null) route.accept(text);
        else console.writeHost(text, foreground, background, newline);
    }

    @Override
    public String readLine(String prompt) {
        return console.readLine(prompt);
    }

    @Override
    public char[] readSecret(String prompt) {
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
