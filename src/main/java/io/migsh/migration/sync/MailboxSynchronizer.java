package io.migsh.migration.sync;

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
}
