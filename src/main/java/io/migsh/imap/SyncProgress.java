package io.migsh.imap;

/**
 * A snapshot of a running sync, for the statistics admins watch (TotalItemsInSourceMailboxCount, SyncedItemCount,
 * SkippedItemCount, BytesTransferred, EstimatedTotalTransferSize, PercentageComplete). Counts with "copied" are this
 * sync's; {@code itemsSynced} also counts what earlier syncs copied.
 *
 * @param folder        the source folder being synced ('/' between levels), or null before the first
 * @param itemsInSource messages in the source mailbox's folders (STATUS of every folder before copying)
 * @param bytesInSource their size, where the server tells it (STATUS=SIZE, RFC 8438), else 0
 * @param itemsToCopy   messages this sync has planned to copy so far (grows as folders are planned)
 * @param itemsCopied   messages this sync copied
 * @param bytesCopied   bytes this sync copied
 * @param itemsSynced   messages in the target, from this sync and earlier ones
 * @param badItems      bad items (BadItemsEncountered)
 * @param largeItems    large items (LargeItemsEncountered)
 */
public record SyncProgress(String folder, long itemsInSource, long bytesInSource, long itemsToCopy, long itemsCopied,
                           long bytesCopied, long itemsSynced, long badItems, long largeItems) {
    /** SkippedItemCount: bad and large items. */
    public long itemsSkipped() {
        return badItems + largeItems;
    }

    /** Synced and skipped items against all source items, 0 to 100. */
    public int percentComplete() {
        if (itemsInSource <= 0) return 0;
        return (int) Math.min(100, (itemsSynced + itemsSkipped()) * 100 / itemsInSource);
    }
}
