package io.migsh.imap;

import java.time.Duration;

/**
 * The limits of one mailbox sync, as Exchange sets them.
 *
 * @param maxItemSize    the largest message copied, in bytes (the target mailbox's MaxReceiveSize; 35 MB in
 *                       Exchange Online by default); larger ones are large items
 * @param largeItemLimit how many large items are tolerated before the user fails with
 *                       TooManyLargeItemsPermanentException; -1 for Unlimited
 * @param badItemLimit   how many bad items (refused by the target, unreadable at the source) are tolerated before
 *                       TooManyBadItemsPermanentException; -1 for Unlimited
 * @param itemLimit      the most items migrated per mailbox (Exchange: 500,000, newest first)
 * @param maxRetries     transient failures (network, timeouts) retried in a row before the sync gives up
 * @param retryDelay     the first back-off delay; it doubles with each retry, up to a minute
 */
public record SyncLimits(long maxItemSize, int largeItemLimit, int badItemLimit, int itemLimit, int maxRetries,
                         Duration retryDelay) {
    /** Exchange Online's defaults: 35 MB items, no large or bad item tolerated, 500,000 items, 5 retries. */
    public static final SyncLimits DEFAULTS = new SyncLimits(35L * 1024 * 1024, 0, 0,
            CopyPlanner.EXCHANGE_ITEM_LIMIT, 5, Duration.ofSeconds(2));

    public SyncLimits withMaxItemSize(long bytes) {
        return new SyncLimits(bytes, largeItemLimit, badItemLimit, itemLimit, maxRetries, retryDelay);
    }

    public SyncLimits withLargeItemLimit(int limit) {
        return new SyncLimits(maxItemSize, limit, badItemLimit, itemLimit, maxRetries, retryDelay);
    }

    public SyncLimits withBadItemLimit(int limit) {
        return new SyncLimits(maxItemSize, largeItemLimit, limit, itemLimit, maxRetries, retryDelay);
    }

    public SyncLimits withRetries(int retries, Duration firstDelay) {
        return new SyncLimits(maxItemSize, largeItemLimit, badItemLimit, itemLimit, retries, firstDelay);
    }

    boolean tooManyLarge(long count) {
        return largeItemLimit >= 0 && count > largeItemLimit;
    }

    boolean tooManyBad(long count) {
        return badItemLimit >= 0 && count > badItemLimit;
    }
}
