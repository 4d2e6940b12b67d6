package io.migsh.migration.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** What an admin sets on a batch (New-/Set-MigrationBatch); the service copies the sync-related ones to requests. */
public record BatchOptions(List<String> excludeFolders, List<String> includeFolders, boolean autoStart,
        boolean autoComplete, Unlimited badItemLimit, Unlimited largeItemLimit, List<String> notificationEmails,
        OffsetDateTime startAfter, OffsetDateTime completeAfter, boolean allowUnknownColumnsInCsv, String timeZone,
        Duration reportInterval, boolean skipReports) {

    public BatchOptions {
        excludeFolders = List.copyOf(excludeFolders);
        includeFolders = List.copyOf(includeFolders);
        notificationEmails = List.copyOf(notificationEmails);
    }

    /** Exchange Online's defaults: no folders filtered, limits 0, UTC, a report every 24 hours. */
    public static BatchOptions defaults() {
        return new BatchOptions(List.of(), List.of(), false, false, Unlimited.of(0), Unlimited.of(0), List.of(), null,
                null, false, "UTC", Duration.ofHours(24), false);
    }
}
