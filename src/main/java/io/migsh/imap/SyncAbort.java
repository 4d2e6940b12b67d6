package io.migsh.imap;

/** Ends a sync: the user fails with this failure (bad login, item limits, retries exhausted). */
final class SyncAbort extends RuntimeException {
    private final SyncFailure failure;

    SyncAbort(SyncFailure failure) {
        super(failure.toString(), null, false, false);
        this.failure = failure;
    }

    SyncFailure failure() {
        return failure;
    }
}
