package io.migsh.imap;

/**
 * A snapshot of a running sync, for the statistics admins watch (SyncedItemCount, SkippedItemCount,
 * TotalItemsInSourceMailboxCount, BytesTransferred, PercentageComplete).
 *
 * @param folder            the source folder being synced ('/' between levels)
 * @param folderCopied      messages copied in that folder so far by this sync
 * @param folderToCopy      messages this sync copies in that folder
 * @param itemsInSource     messages in the source mailbox's folders (STATUS of every folder before copying)
 * @param itemsSynced       messages in the target: copied by earlier syncs and this one
 * @param itemsSkipped      large and bad items
 * @param bytesTransferred  bytes copied by this sync
 */
public record SyncProgress(String folder, long folderCopied, long folderToCopy, long itemsInSource, long itemsSynced,
                           long itemsSkipped, long bytesTransferred) {
    /** Synced and skipped items against all source items, 0 to 100. */
    public int percentComplete() {
        if (itemsInSource <= 0) return 0;
        return (int) Math.min(100, (itemsSynced + itemsSkipped) * 100 / itemsInSource);
    }
}
