package io.migsh.imap;

/** The stop flag was seen between batches. */
final class SyncStopped extends RuntimeException {
    SyncStopped() {
        super("stop requested", null, false, false);
    }
}
