package io.migsh.migration;

import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.UserStatus;
import io.migsh.store.Repositories;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Derives a batch's status from its users after each change, as Exchange's migration service does: Syncing
 * while any user waits or runs its initial sync, then Synced, SyncedWithErrors or Failed; Completing until every
 * user finished its final sync, then Completed or CompletedWithErrors.
 */
final class BatchRefresher {
    private BatchRefresher() {}

    /** Returns true when the batch reached Synced and should now complete by itself (-AutoComplete, -CompleteAfter). */
    static boolean refresh(Repositories r, StatusTracker t, UUID batchId) {
        MigrationBatch b = r.batches().byId(batchId).orElse(null);
        if (b == null) return false;
        Map<UserStatus, Integer> by = r.users().countByStatus(batchId);
        BatchCounts c = BatchCounts.of(by);
        int initialRunning = n(by, UserStatus.Queued) + n(by, UserStatus.Syncing) + n(by, UserStatus.Starting);
        BatchStatus next = b.status();
        switch (b.status()) {
            case Syncing, Synced, SyncedWithErrors, IncrementalSyncing -> {
                if (c.total() == 0) {
                    next = b.status();
                } else if (initialRunning > 0) {
                    next = BatchStatus.Syncing;
                } else if (c.failed() == c.total()) {
                    next = BatchStatus.Failed;
                } else if (c.failed() > 0) {
                    next = BatchStatus.SyncedWithErrors;
                } else if (c.stopped() > 0 && c.synced() == 0) {
                    next = BatchStatus.Stopped;
                } else {
                    next = BatchStatus.Synced;
                }
            }
            case Completing -> {
                int completing = n(by, UserStatus.Completing);
                if (completing == 0) {
                    next = c.failed() > 0 || c.stopped() > 0 ? BatchStatus.CompletedWithErrors : BatchStatus.Completed;
                }
            }
            case Stopping -> next = BatchStatus.Stopped;
            default -> { }
        }
        if (next == b.status() || !t.batch(batchId, b.status(), next, null)) return false;
        if ((next == BatchStatus.Synced || next == BatchStatus.SyncedWithErrors) && b.initialSyncAt() == null) {
            Duration took = b.startedAt() == null ? Duration.ZERO : Duration.between(b.startedAt(), t.now());
            r.batches().markInitialSync(batchId, t.now(), Duration.ofSeconds(took.getSeconds()));
        }
        if (next == BatchStatus.Synced || next == BatchStatus.SyncedWithErrors) r.batches().markLastSynced(batchId, t.now());
        if (next == BatchStatus.Completed || next == BatchStatus.CompletedWithErrors) {
            r.batches().markFinalized(batchId, t.now());
        }
        boolean synced = next == BatchStatus.Synced || next == BatchStatus.SyncedWithErrors;
        boolean completeNow = b.options().autoComplete()
                || (b.options().completeAfter() != null && !b.options().completeAfter().isAfter(t.now()));
        return synced && completeNow;
    }

    private static int n(Map<UserStatus, Integer> by, UserStatus s) {
        return by.getOrDefault(s, 0);
    }
}
