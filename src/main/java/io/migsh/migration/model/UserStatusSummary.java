package io.migsh.migration.model;

import io.migsh.runtime.DotNetName;

/** Exchange's MigrationUserStatusSummary: the five groups Get-MigrationUser -StatusSummary filters on. */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.MigrationUserStatusSummary")
public enum UserStatusSummary {
    Active, Completed, Failed, Stopped, Synced
}
