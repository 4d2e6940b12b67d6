package io.migsh.imap;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link MailboxSync#run}.
 *
 * @param failure          why the sync failed (outcome FAILED), else null
 * @param itemsInSource    messages in all source folders synced (TotalItemsInSourceMailboxCount)
 * @param itemsSynced      messages in the target from this and earlier syncs (SyncedItemCount)
 * @param copied           messages copied by this sync
 * @param largeItems       large items (LargeItemsEncountered)
 * @param badItems         bad items (BadItemsEncountered)
 * @param bytesTransferred bytes copied by this sync (BytesTransferred)
 * @param transientRetries transient failures that were retried
 */
public record SyncResult(SyncMode mode, SyncOutcome outcome, SyncFailure failure, List<FolderResult> folders,
                         long itemsInSource, long itemsSynced, long copied, long largeItems, long badItems,
                         long bytesTransferred, int transientRetries, Duration duration) {
    /** SkippedItemCount: large and bad items. */
    public long itemsSkipped() {
        return largeItems + badItems;
    }
}
