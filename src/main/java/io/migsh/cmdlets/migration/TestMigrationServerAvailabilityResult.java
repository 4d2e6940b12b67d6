package io.migsh.cmdlets.migration;

import io.migsh.runtime.DotNetName;

/** Exchange's TestMigrationServerAvailabilityResult. */
@DotNetName("Microsoft.Exchange.Data.Storage.Management.TestMigrationServerAvailabilityResult")
public enum TestMigrationServerAvailabilityResult {
    Success, Failed
}
