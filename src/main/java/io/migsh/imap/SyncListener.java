package io.migsh.imap;

/**
 * Receives what a running sync does. Called on the sync's own thread; keep it quick. All methods have empty
 * defaults.
 */
public interface SyncListener {
    /** After each batch and each folder. */
    default void progress(SyncProgress progress) {
    }

    /** A large or bad item was skipped (large items are reported again on each sync while still too large). */
    default void skipped(SkippedItem item) {
    }

    /** A failure: transient ones were retried, permanent ones ended a folder or the sync. */
    default void failure(SyncFailure failure) {
    }

    /** A step for the timeline (-DiagnosticInfo): connected, folder started, reconciled, retried, ... */
    default void event(String folder, String text) {
    }

    /** Checked between batches: true stops the sync cleanly (SyncOutcome.STOPPED). */
    default boolean stopRequested() {
        return false;
    }

    SyncListener NONE = new SyncListener() {
    };
}
