package io.migsh.imap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a pass over a folder copies, from the source listing and the journal alone: no server involved.
 * Newest first, as Exchange migrates (newest to oldest, up to 500,000 items per mailbox).
 */
public final class CopyPlanner {
    /** Exchange's cap on items migrated per mailbox. */
    public static final int EXCHANGE_ITEM_LIMIT = 500_000;

    /** Newest INTERNALDATE first; same date: higher UID (later arrival) first; no date: last. */
    static final Comparator<SourceMessage> NEWEST_FIRST = Comparator
            .comparing(SourceMessage::instant, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
            .thenComparingLong(SourceMessage::uid)
            .reversed();

    private CopyPlanner() {
    }

    /**
     * @param listing     the source messages of this pass (UIDs above the checkpoint, plus recorded large items)
     * @param journal     the journal's records of the folder for the same UIDVALIDITY (pending intents already
     *                    reconciled: an INTENT left means the message is not in the target)
     * @param maxItemSize the largest message the target takes (bytes)
     * @param itemBudget  how many more messages this mailbox may receive in this run
     */
    public static CopyPlan plan(List<SourceMessage> listing, List<MessageRecord> journal, long maxItemSize,
                                long itemBudget) {
        Map<Long, MessageRecord> byUid = new HashMap<>();
        journal.forEach(r -> byUid.put(r.uid(), r));
        List<SourceMessage> candidates = new ArrayList<>();
        List<SourceMessage> newlyLarge = new ArrayList<>();
        List<MessageRecord> stillLarge = new ArrayList<>();
        long done = 0;
        long highest = 0;
        for (SourceMessage m : listing) {
            highest = Math.max(highest, m.uid());
            MessageRecord r = byUid.get(m.uid());
            MessageState state = r == null ? null : r.state();
            if (state == MessageState.COPIED || state == MessageState.BAD) {
                done++;
            } else if (m.size() > maxItemSize) {
                if (state == MessageState.LARGE) stillLarge.add(r);
                else newlyLarge.add(m);
            } else {
                candidates.add(m);
            }
        }
        candidates.sort(NEWEST_FIRST);
        newlyLarge.sort(NEWEST_FIRST);
        int over = 0;
        if (candidates.size() > itemBudget) {
            over = candidates.size() - (int) Math.max(0, itemBudget);
            candidates = new ArrayList<>(candidates.subList(0, (int) Math.max(0, itemBudget)));
        }
        return new CopyPlan(candidates, newlyLarge, stillLarge, done, highest, over);
    }

    /**
     * Groups messages, in their order, into batches: messages up to {@code inlineLimit} bytes share a batch of at
     * most {@code maxBatchBytes} and {@code maxBatchCount}; a bigger message is a streamed batch of its own.
     */
    public static List<CopyBatch> batches(List<SourceMessage> messages, long inlineLimit, long maxBatchBytes,
                                          int maxBatchCount) {
        List<CopyBatch> out = new ArrayList<>();
        List<SourceMessage> current = new ArrayList<>();
        long bytes = 0;
        for (SourceMessage m : messages) {
            if (m.size() > inlineLimit) {
                if (!current.isEmpty()) {
                    out.add(new CopyBatch(List.copyOf(current), false));
                    current.clear();
                    bytes = 0;
                }
                out.add(new CopyBatch(List.of(m), true));
                continue;
            }
            if (!current.isEmpty() && (bytes + m.size() > maxBatchBytes || current.size() >= maxBatchCount)) {
                out.add(new CopyBatch(List.copyOf(current), false));
                current.clear();
                bytes = 0;
            }
            current.add(m);
            bytes += m.size();
        }
        if (!current.isEmpty()) out.add(new CopyBatch(List.copyOf(current), false));
        return out;
    }
}
