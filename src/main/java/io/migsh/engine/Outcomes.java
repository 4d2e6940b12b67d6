package io.migsh.engine;

import io.migsh.imap.SyncResult;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import java.time.Instant;

/** How the engine's result reads to the migration service: success, or a failure it retries or fails the user on. */
final class Outcomes {
    private Outcomes() {}

    static SyncOutcome of(SyncResult result, SyncProgress progress, Instant now) {
        return switch (result.outcome()) {
            // Folders that failed alone are in the report; the user is synced, as Exchange syncs around a folder
            // it cannot open.
            case COMPLETED, COMPLETED_WITH_ERRORS -> SyncOutcome.succeeded(progress);
            // Stopped by the admin: the service keeps the admin's status and only adds the counts.
            case STOPPED -> SyncOutcome.failedTransiently(progress, Failures.record(now, "MigrationTransientException",
                    "Source", "The sync was stopped before it finished. The next sync continues where it stopped."));
            case FAILED -> Failures.isTransient(result.failure())
                    ? SyncOutcome.failedTransiently(progress, Failures.record(result.failure()))
                    : SyncOutcome.failed(progress, Failures.record(result.failure()));
        };
    }

    /** The report's closing line for the pass. */
    static String summary(SyncResult r, SyncProgress p) {
        return switch (r.mode()) {
            case INITIAL -> "Initial";
            case INCREMENTAL -> "Incremental";
        } + " sync pass " + r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                + r.copied() + " items copied (" + r.bytesTransferred() + " bytes), " + p.itemsSkipped()
                + " new skipped items, " + r.itemsSynced() + " of " + r.itemsInSource() + " source items in the "
                + "target, in " + r.duration().toMillis() + " ms.";
    }
}
