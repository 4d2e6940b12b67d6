package io.migsh.migration.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** What a sync request copies and when: folder filters, target root, item limits, interval and schedule. */
public record SyncOptions(List<String> includeFolders, List<String> excludeFolders, String targetRootFolder,
        Unlimited badItemLimit, Unlimited largeItemLimit, Duration incrementalSyncInterval, OffsetDateTime startAfter,
        OffsetDateTime completeAfter) {

    public SyncOptions {
        includeFolders = List.copyOf(includeFolders);
        excludeFolders = List.copyOf(excludeFolders);
    }

    /** New-SyncRequest's default interval (MRS validates 1 hour); migration batches sync once a day. */
    public static final Duration REQUEST_INTERVAL = Duration.ofHours(1);
    public static final Duration BATCH_INTERVAL = Duration.ofHours(24);
}
