package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.PendingMessage;
import io.migsh.target.TargetFolder;
import io.migsh.target.TargetRejectedException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over one source folder: STATUS, reconcile unconfirmed appends, follow a UIDVALIDITY change, stop there
 * if nothing changed (one STATUS per folder for a no-change incremental sync), else list what is new, plan, copy in
 * batches, carry flag changes (CONDSTORE), and move the checkpoint.
 */
final class FolderPass {
    private final SyncRun run;
    private final FolderMapping mapping;
    private final String folder;
    private final String path;
    private final SyncJournal journal;
    private final String key;

    FolderPass(SyncRun run, FolderMapping mapping) {
        this.run = run;
        this.mapping = mapping;
        this.folder = mapping.source().name();
        this.path = mapping.displayPath();
        this.journal = run.journal();
        this.key = run.job().mailboxKey();
    }

    void run() throws IOException, ImapCommandException {
        ImapSource source = run.source();
        FolderStatus counted = run.takeStatus(folder);
        FolderStatus st = counted != null ? counted : status(source);
        FolderCheckpoint cp = journal.checkpoint(key, folder).orElse(null);
        TargetFolder target = targetFolder();
        long validity = cp != null ? cp.uidValidity() : st.uidValidity();
        long base = cp != null ? cp.highestUid() : 0;
        List<MessageRecord> records = journal.messages(key, folder, validity, base);
        records = reconcile(target, validity, records);
        if (cp != null && cp.uidValidity() != st.uidValidity()) {
            new UidValidityChange(run, folder, path).follow(cp.uidValidity(), st);
            cp = null;
            base = 0;
            validity = st.uidValidity();
            records = journal.messages(key, folder, validity, 0);
        }
        SyncLimits limits = run.job().limits();
        long large = 0;
        long bad = 0;
        boolean largeNowFits = false;
        boolean pending = false;
        for (MessageRecord r : records) {
            if (r.state() == MessageState.LARGE) {
                if (r.size() <= run.maxItemSize()) largeNowFits = true;
                else large++;
            } else if (r.state() == MessageState.BAD) {
                bad++;
            } else if (r.state() == MessageState.INTENT) {
                pending = true;
            }
        }
        boolean newMessages = st.uidNext() - 1 > base;
        boolean flagChanges = cp != null && source.hasCondstore() && cp.highestModSeq() > 0
                && st.highestModSeq() > cp.highestModSeq();
        SyncCounters c = run.counters();
        if (!run.counted(folder)) {
            c.itemsInSource += st.messages();
            c.bytesInSource += st.size();
        }
        if (!newMessages && !largeNowFits && !pending && !flagChanges) {
            if (cp == null) {
                // Remember the folder's UIDVALIDITY even when it is empty, so a later change is noticed.
                journal.saveCheckpoint(key, new FolderCheckpoint(folder, mapping.targetName(), st.uidValidity(),
                        Math.max(0, st.uidNext() - 1), st.highestModSeq()));
            }
            reportStillLarge(records, validity);
            c.large += large;
            c.bad += bad;
            long synced = Math.max(0, st.messages() - large - bad);
            c.itemsSynced += synced;
            checkLimits();
            c.folders.put(folder, new FolderResult(folder, mapping.targetName(), st.messages(), 0, synced, large, bad,
                    0, null));
            run.listener().progress(c.progress(path));
            return;
        }
        long exists = source.examine(folder);
        List<SourceMessage> listing = source.list(base, exists);
        for (MessageRecord r : records) {
            if (r.state() == MessageState.LARGE && r.uid() <= base) {
                listing.add(new SourceMessage(r.uid(), r.size(), r.internalDate() == null ? null
                        : OffsetDateTime.ofInstant(r.internalDate(), ZoneOffset.UTC)));
            }
        }
        dropVanishedIntents(records, listing, validity);
        long budget = Math.max(0, limits.itemLimit() - c.itemsSynced);
        CopyPlan plan = CopyPlanner.plan(listing, records, run.maxItemSize(), budget);
        c.toCopy += plan.toCopy().size();
        long largeCount = plan.newlyLarge().size() + plan.stillLarge().size();
        long already = Math.max(0, st.messages() - plan.toCopy().size() - largeCount - bad - plan.overBudget());
        c.itemsSynced += already;
        c.bad += bad;
        c.large += largeCount;
        recordNewlyLarge(plan.newlyLarge(), validity);
        for (MessageRecord r : plan.stillLarge()) reportLarge(r, validity);
        checkLimits();
        BatchCopier copier = new BatchCopier(run, mapping, target, validity);
        FolderResult copied = copier.copy(plan.toCopy());
        if (flagChanges) new FlagSync(run, folder, path, target).carry(validity, cp.highestModSeq(), cp.highestUid());
        long highest = Math.max(base, Math.max(plan.highestUid(), st.uidNext() - 1));
        if (plan.overBudget() == 0 && copier.missing() == 0) {
            journal.saveCheckpoint(key, new FolderCheckpoint(folder, mapping.targetName(), validity, highest,
                    st.highestModSeq()));
        }
        c.folders.put(folder, new FolderResult(folder, mapping.targetName(), st.messages(), copied.copied(),
                already, largeCount, bad + copied.badItems(), copied.bytes(), null));
        run.listener().progress(c.progress(path));
    }

    /**
     * STATUS of the folder. When the server refuses it, the folder is opened (EXAMINE) to get the server's own
     * reason, reported as Exchange reports a folder it cannot open: "... NO response to SelectCommand ...".
     */
    private FolderStatus status(ImapSource source) throws IOException, ImapCommandException {
        try {
            return source.status(folder);
        } catch (ImapCommandException refused) {
            source.examine(folder);
            throw refused;
        }
    }

    private TargetFolder targetFolder() throws IOException {
        try {
            return run.target().folder(mapping.targetName());
        } catch (TargetRejectedException e) {
            throw run.abort(FailureTypes.MIGRATION_PERMANENT, FailureSide.Target, path, e.getMessage());
        } catch (IOException e) {
            throw new TargetIOException(e);
        }
    }

    /**
     * Appends that were started but never confirmed (the process died, or the connection broke after the APPEND):
     * asks the target which of them arrived, records those as copied; the rest will be copied again.
     */
    private List<MessageRecord> reconcile(TargetFolder target, long validity, List<MessageRecord> records)
            throws IOException {
        Map<String, List<MessageRecord>> byMark = new LinkedHashMap<>();
        for (MessageRecord r : records) {
            if (r.state() == MessageState.INTENT) byMark.computeIfAbsent(r.appendMark(), k -> new ArrayList<>()).add(r);
        }
        if (byMark.isEmpty()) return records;
        Map<Long, MessageRecord> updated = new HashMap<>();
        for (Map.Entry<String, List<MessageRecord>> e : byMark.entrySet()) {
            List<MessageRecord> group = e.getValue();
            List<PendingMessage> pending = new ArrayList<>();
            for (MessageRecord r : group) {
                pending.add(new PendingMessage(r.uniqueName(), r.messageId(), r.size(), r.internalDate()));
            }
            Map<Integer, String> found;
            try {
                found = target.findAppended(e.getKey(), pending);
            } catch (IOException ex) {
                throw new TargetIOException(ex);
            }
            List<MessageRecord> results = new ArrayList<>();
            for (Map.Entry<Integer, String> f : found.entrySet()) {
                MessageRecord r = group.get(f.getKey()).withResult(MessageState.COPIED, f.getValue());
                results.add(r);
                updated.put(r.uid(), r);
            }
            journal.recordResults(key, folder, validity, results);
            run.listener().event(path, "Reconciled " + group.size() + " unconfirmed appends: " + found.size()
                    + " had reached the target, " + (group.size() - found.size()) + " will be copied again.");
        }
        List<MessageRecord> out = new ArrayList<>(records.size());
        for (MessageRecord r : records) out.add(updated.getOrDefault(r.uid(), r));
        return out;
    }

    /** Unconfirmed appends of messages the source no longer has (and the target never got) are forgotten. */
    private void dropVanishedIntents(List<MessageRecord> records, List<SourceMessage> listing, long validity) {
        java.util.Set<Long> listed = new java.util.HashSet<>();
        listing.forEach(m -> listed.add(m.uid()));
        List<Long> gone = new ArrayList<>();
        for (MessageRecord r : records) {
            if (r.state() == MessageState.INTENT && !listed.contains(r.uid())) gone.add(r.uid());
        }
        journal.dropIntents(key, folder, validity, gone);
    }

    private void recordNewlyLarge(List<SourceMessage> large, long validity) throws IOException, ImapCommandException {
        if (large.isEmpty()) return;
        List<MessageRecord> rows = new ArrayList<>();
        for (SourceMessage m : large) {
            ItemHeaders h = ItemHeaders.fetch(run.source(), m.uid());
            if (h == null) continue; // expunged meanwhile
            MessageRecord r = new MessageRecord(m.uid(), MessageState.LARGE, m.size(), m.instant(), h.messageId(),
                    h.raw(), null, null, null, h.flags());
            rows.add(r);
            run.listener().skipped(item(path, SkippedItem.LARGE_ITEM, r, validity, h, largeText(m.size()), false));
        }
        journal.recordResults(key, folder, validity, rows);
    }

    private void reportStillLarge(List<MessageRecord> records, long validity) {
        for (MessageRecord r : records) {
            if (r.state() == MessageState.LARGE && r.size() > run.maxItemSize()) reportLarge(r, validity);
        }
    }

    /** A large item the journal already lists, reported again while it is still too large. */
    private void reportLarge(MessageRecord r, long validity) {
        run.listener().skipped(item(path, SkippedItem.LARGE_ITEM, r, validity, ItemHeaders.parse(r.headers(),
                r.flags()), largeText(r.size()), true));
    }

    private String largeText(long size) {
        return "The message is " + size + " bytes, larger than the maximum item size of "
                + run.maxItemSize() + " bytes.";
    }

    /** Reports a newly skipped item to the listener. */
    static void skippedItem(SyncRun run, String path, String kind, MessageRecord r, long validity, ItemHeaders h,
                            String failure) {
        run.listener().skipped(item(path, kind, r, validity, h, failure, false));
    }

    private static SkippedItem item(String path, String kind, MessageRecord r, long validity, ItemHeaders h,
                                    String failure, boolean repeated) {
        return new SkippedItem(kind, path, h.subject(),
                r.internalDate() == null ? null : OffsetDateTime.ofInstant(r.internalDate(), ZoneOffset.UTC),
                h.dateSent(), h.sender(), h.recipient(), r.size(), failure, path + "|" + validity + "|" + r.uid(),
                repeated);
    }

    /** Exchange checks the bad-item limit first, then the large-item limit. */
    private void checkLimits() {
        SyncCounters c = run.counters();
        SyncLimits limits = run.job().limits();
        if (limits.tooManyBad(c.bad)) {
            throw run.abort(FailureTypes.TOO_MANY_BAD_ITEMS, FailureSide.Source, path,
                    FailureTypes.TOO_MANY_BAD_ITEMS_TEXT);
        }
        if (limits.tooManyLarge(c.large)) {
            throw run.abort(FailureTypes.TOO_MANY_LARGE_ITEMS, FailureSide.Source, path,
                    FailureTypes.TOO_MANY_LARGE_ITEMS_TEXT);
        }
    }
}
