package io.migsh.migration.sync;

import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;

/** What the engine tells the service while a pass runs. Calls may come from any thread of the pass. */
public interface SyncListener {
    /** The pass's progress so far; call after each folder or every few hundred items, not for every byte. */
    void progress(SyncProgress progress);

    /** A line for the request's report ("Connected to source", "Folder 'Inbox': 120 items copied", ...). */
    void report(ReportEntry entry);

    /** An item not copied (bad, too large, unreadable); recorded at once so a kill loses none. */
    void skipped(SkippedItem item);

    /** True when the admin stopped, suspended or removed the request: stop between items and return. */
    boolean isCancelled();
}
