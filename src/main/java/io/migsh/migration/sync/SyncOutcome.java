package io.migsh.migration.sync;

import io.migsh.migration.model.FailureRecord;

/**
 * How a pass ended: its final progress, and the failure if it failed. A transient failure (a dropped connection,
 * a server that is busy) is retried later; a permanent one (bad password, too many bad items) fails the user.
 */
public record SyncOutcome(SyncProgress progress, FailureRecord failure, boolean transientFailure) {
    public static SyncOutcome succeeded(SyncProgress progress) {
        return new SyncOutcome(progress, null, false);
    }

    public static SyncOutcome failed(SyncProgress progress, FailureRecord failure) {
        return new SyncOutcome(progress, failure, false);
    }

    public static SyncOutcome failedTransiently(SyncProgress progress, FailureRecord failure) {
        return new SyncOutcome(progress, failure, true);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
