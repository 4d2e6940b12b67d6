package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** Exchange's MigrationUserStatus, with the summary each status rolls up into (MigrationUserStatusSummary). */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.MigrationUserStatus")
public enum UserStatus {
    Queued, Validating, Provisioning, ProvisionUpdating, Starting, Syncing, Synced, IncrementalSyncing,
    IncrementalSynced, IncrementalFailed, IncrementalStopped, Stopping, Stopped, Completing, CompletionSynced,
    Completed, CompletedWithWarnings, CompletionFailed, Failed, Removing, Corrupted;

    public UserStatusSummary summary() {
        return switch (this) {
            case Synced, IncrementalSynced, CompletionSynced -> UserStatusSummary.Synced;
            case Completed, CompletedWithWarnings -> UserStatusSummary.Completed;
            case Failed, IncrementalFailed, CompletionFailed, Corrupted -> UserStatusSummary.Failed;
            case Stopped, IncrementalStopped -> UserStatusSummary.Stopped;
            default -> UserStatusSummary.Active;
        };
    }

    /** True while the user waits for or runs a sync. */
    public boolean isActive() {
        return summary() == UserStatusSummary.Active;
    }
}
