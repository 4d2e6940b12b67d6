package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** Exchange's MigrationBatchStatus. */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.MigrationBatchStatus")
public enum BatchStatus {
    Created, Starting, Syncing, IncrementalSyncing, Synced, SyncedWithErrors, Stopping, Stopped, Completing,
    Completed, CompletedWithErrors, Failed, Removing, Corrupted, Waiting
}
