package io.migsh.migration.model;

/** What the engine has counted for a request so far: items, sizes, bad and large items, and percent done. */
public record SyncCounters(long itemsSynced, long itemsSkipped, long bytesTransferred, long totalItemsInSource,
        long estimatedTransferSize, long estimatedTransferCount, int badItemsEncountered, int largeItemsEncountered,
        int percentComplete) {

    public static final SyncCounters ZERO = new SyncCounters(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
