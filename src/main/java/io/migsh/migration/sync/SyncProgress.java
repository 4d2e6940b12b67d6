package io.migsh.migration.sync;

/**
 * Where a pass stands, counted for this pass only: the source's size, what the pass plans to copy, and what it has
 * copied and skipped so far. The service adds the pass's numbers to the request's totals.
 */
public record SyncProgress(long itemsInSource, long bytesInSource, long itemsToCopy, long itemsCopied,
        long bytesCopied, long itemsSkipped, int badItems, int largeItems) {

    public static final SyncProgress NONE = new SyncProgress(0, 0, 0, 0, 0, 0, 0, 0);
}
