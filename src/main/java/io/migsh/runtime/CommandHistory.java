package io.migsh.runtime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The command lines run in this session, numbered from 1 (Get-History, Invoke-History, the REPL's recall). */
public final class CommandHistory {
    /** One line run at the prompt, with when it ran and whether it completed. */
    public record Entry(long id, String commandLine, String executionStatus, OffsetDateTime started,
            OffsetDateTime ended) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<Long> invoking = new HashSet<>();
    private boolean lineRunning;
    private String replacement;

    /** A line typed at the prompt starts running; {@link #add} records it when it ends. */
    public synchronized void begin() {
        lineRunning = true;
        replacement = null;
    }

    /** Records the line that ran, or the command line Invoke-History re-ran in its place. */
    public synchronized Entry add(String commandLine, boolean completed, OffsetDateTime started, OffsetDateTime ended) {
        String line = replacement != null ? replacement : commandLine;
        lineRunning = false;
        replacement = null;
        Entry e = new Entry(entries.size() + 1, line, completed ? "Completed" : "Failed", started, ended);
        entries.add(e);
        return e;
    }

    /** Invoke-History: the running prompt line goes into the history as the command line it re-runs. */
    public synchronized void replaceRunningLine(String commandLine) {
        if (lineRunning) replacement = commandLine;
    }

    /** Marks an entry as being re-run; false when it already is (Invoke-History calling itself in a loop). */
    public synchronized boolean startInvoking(long id) {
        return invoking.add(id);
    }

    public synchronized void endInvoking(long id) {
        invoking.remove(id);
    }

    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }
}
