package io.migsh.runtime;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The command lines run in this session, numbered from 1 (Get-History, Invoke-History, the REPL's recall). */
public final class CommandHistory {
    /** One line run at the prompt, with when it ran and whether it completed. */
    public record Entry(long id, String commandLine, String executionStatus, OffsetDateTime started,
            OffsetDateTime ended) {}

    private final List<Entry> entries = new ArrayList<>();

    public synchronized Entry add(String commandLine, boolean completed, OffsetDateTime started, OffsetDateTime ended) {
        Entry e = new Entry(entries.size() + 1, commandLine, completed ? "Completed" : "Failed", started, ended);
        entries.add(e);
        return e;
    }

    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }
}
