package io.migsh.migration.sync;

import io.migsh.store.Database;
import java.util.UUID;
import java.time.Clock;

/**
 * The seam the sync engine plugs into: runs one pass of one user's sync (the initial copy, an incremental
 * catch-up, or the final catch-up before completion) from the source IMAP account into the target mailbox.
 * <p>
 * The migration service calls it on a worker thread, one call per request at a time, and records everything it
 * reports. An implementation must be safe to call for different requests concurrently, must poll
 * {@link SyncListener#isCancelled()} between items and return soon after it turns true, and reports a failure in
 * {@link SyncOutcome#failure()} rather than by throwing (a thrown exception is recorded as a permanent failure).
 */
public interface MailboxSynchronizer {
    SyncOutcome synchronize(SyncJob job, SyncListener listener) throws InterruptedException;

    /**
     * The synchronizer to run over this state store, asked once when a migration session opens the store. An engine
     * that keeps durable state of its own (what it copied, its checkpoints) returns an instance that keeps it in the
     * same database, so that one store holds all of a migration and every process sharing it sees the same
     * checkpoints. Report and failure times come from {@code clock}, the session's (fixed in tests). The default
     * keeps nothing and is itself.
     */
    default MailboxSynchronizer boundTo(Database store, Clock clock) {
        return this;
    }

    /**
     * Drops what the engine kept of a request that was removed (Remove-SyncRequest, Remove-MigrationUser,
     * Remove-MigrationBatch), such as its checkpoints; never called while a pass of it runs here. The default
     * keeps nothing.
     */
    default void forget(UUID requestId) {
    }
}
