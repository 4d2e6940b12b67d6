package io.migsh.imap;

import io.migsh.imap.client.HeaderScan;
import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.AppendOutcome;
import io.migsh.target.MessageContent;
import io.migsh.target.OutgoingMessage;
import io.migsh.target.TargetFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.iap.ByteArray;

/**
 * Copies planned messages batch by batch. For each batch: fetch the bodies (one UID FETCH, or a big message in
 * chunks), record the intents in the journal, append (one MULTIAPPEND where possible), record the results. A crash
 * between the intents and the results leaves INTENT rows that the next pass reconciles against the target.
 */
final class BatchCopier {
    private final SyncRun run;
    private final FolderMapping mapping;
    private final TargetFolder target;
    private final long validity;
    private final String folder;
    private final String path;
    private long copied;
    private long bad;
    private long bytes;
    private long toCopy;
    private long missing;

    BatchCopier(SyncRun run, FolderMapping mapping, TargetFolder target, long validity) {
        this.run = run;
        this.mapping = mapping;
        this.target = target;
        this.validity = validity;
        this.folder = mapping.source().name();
        this.path = mapping.displayPath();
    }

    /** Copies the messages in order; returns the counts (copied, bad items, bytes) in a FolderResult. */
    FolderResult copy(List<SourceMessage> messages) throws IOException, ImapCommandException {
        toCopy = messages.size();
        SyncTuning t = run.job().tuning();
        List<CopyBatch> batches = CopyPlanner.batches(messages, t.inlineLimit(), t.batchBytes(), t.batchCount());
        ImapSource.PendingFetch next = null;
        for (int i = 0; i < batches.size(); i++) {
            if (run.listener().stopRequested()) throw new SyncStopped();
            CopyBatch batch = batches.get(i);
            if (batch.streamed()) {
                copyStreamed(batch.messages().get(0));
            } else {
                Map<Long, FetchedMessage> fetched;
                try {
                    fetched = run.source().finishFetch(next != null ? next : run.source().startFetch(uids(batch)));
                } catch (ImapCommandException e) {
                    fetchedOneByOne(batch.messages(), e);
                    continue;
                } finally {
                    next = null;
                }
                // The next batch's FETCH goes out now: the source prepares it while this batch is appended.
                if (i + 1 < batches.size() && !batches.get(i + 1).streamed()) {
                    next = run.source().startFetch(uids(batches.get(i + 1)));
                }
                appendFetched(batch.messages(), fetched);
            }
            run.madeProgress();
            run.listener().progress(run.counters().progress(path));
        }
        return new FolderResult(folder, mapping.targetName(), 0, copied, 0, 0, bad, bytes, null);
    }

    /**
     * Messages the source did not return although they were listed. The folder's checkpoint must not pass them: a
     * later sync lists them again, and copies them if they still exist.
     */
    long missing() {
        return missing;
    }

    private static List<Long> uids(CopyBatch batch) {
        return batch.messages().stream().map(SourceMessage::uid).toList();
    }

    /** One unreadable message fails the whole FETCH on some servers: find it by fetching one at a time. */
    private void fetchedOneByOne(List<SourceMessage> batch, ImapCommandException failure)
            throws IOException, ImapCommandException {
        if (batch.size() == 1) {
            badItem(batch.get(0), failure.getMessage());
            return;
        }
        for (SourceMessage m : batch) {
            try {
                appendFetched(List.of(m), run.source().fetchBodies(List.of(m.uid())));
            } catch (ImapCommandException e) {
                badItem(m, e.getMessage());
            }
        }
    }

    private void appendFetched(List<SourceMessage> batch, Map<Long, FetchedMessage> fetched) throws IOException {
        List<OutgoingMessage> out = new ArrayList<>();
        List<MessageRecord> intents = new ArrayList<>();
        String mark = mark();
        for (SourceMessage m : batch) {
            FetchedMessage f = fetched.get(m.uid());
            if (f == null) {
                // Expunged meanwhile, most likely; if not, the next sync lists it again (see missing()).
                missing++;
                continue;
            }
            ByteArray b = f.body();
            String messageId = HeaderScan.messageId(b.getBytes(), b.getStart(), b.getCount());
            String unique = uniqueName(m);
            out.add(new OutgoingMessage(f.flags(), m.internalDate(),
                    MessageContent.of(b.getBytes(), b.getStart(), b.getCount()), unique, messageId));
            intents.add(new MessageRecord(m.uid(), MessageState.INTENT, m.size(), m.instant(), messageId, null,
                    unique, mark, null, f.flags()));
        }
        appendAndRecord(out, intents, fetched);
    }

    private void copyStreamed(SourceMessage m) throws IOException, ImapCommandException {
        ItemHeaders h;
        try {
            h = ItemHeaders.fetch(run.source(), m.uid());
        } catch (ImapCommandException e) {
            badItem(m, e.getMessage());
            return;
        }
        if (h == null) {
            missing++;
            return;
        }
        String unique = uniqueName(m);
        MessageContent content = ChunkedBodyStream.content(run.source(), m.uid(), run.job().tuning().chunkSize());
        OutgoingMessage out = new OutgoingMessage(h.flags(), m.internalDate(), content, unique, h.messageId());
        MessageRecord intent = new MessageRecord(m.uid(), MessageState.INTENT, m.size(), m.instant(), h.messageId(),
                h.raw(), unique, mark(), null, h.flags());
        try {
            appendAndRecord(List.of(out), List.of(intent), null);
        } catch (SourceStreamException e) {
            if (!e.unreadable()) throw e;
            badItem(m, e.getMessage());
        }
    }

    private void appendAndRecord(List<OutgoingMessage> out, List<MessageRecord> intents,
                                 Map<Long, FetchedMessage> fetched) throws IOException {
        if (out.isEmpty()) return;
        SyncJournal journal = run.journal();
        String key = run.job().mailboxKey();
        journal.recordIntents(key, folder, validity, intents);
        List<AppendOutcome> outcomes;
        try {
            outcomes = target.append(out);
        } catch (IOException e) {
            SourceStreamException fromSource = SourceStreamException.in(e);
            if (fromSource != null) throw fromSource;
            throw new TargetIOException(e);
        }
        List<MessageRecord> results = new ArrayList<>(intents.size());
        for (int i = 0; i < intents.size(); i++) {
            MessageRecord intent = intents.get(i);
            AppendOutcome o = outcomes.get(i);
            if (o.isRejected()) {
                ItemHeaders h = headersOf(fetched, intent.uid());
                MessageRecord r = new MessageRecord(intent.uid(), MessageState.BAD, intent.size(),
                        intent.internalDate(), intent.messageId(), h.raw() != null ? h.raw()
                        : intent.headers(), intent.uniqueName(), intent.appendMark(), null, intent.flags());
                results.add(r);
                reportBad(r, h, o.rejection(), FailureSide.Target);
            } else {
                results.add(intent.withResult(MessageState.COPIED, o.ref()));
                copied++;
                bytes += intent.size();
                run.counters().copied++;
                run.counters().itemsSynced++;
                run.counters().bytes += intent.size();
            }
        }
        journal.recordResults(key, folder, validity, results);
    }

    private ItemHeaders headersOf(Map<Long, FetchedMessage> fetched, long uid) {
        FetchedMessage f = fetched == null ? null : fetched.get(uid);
        return f == null ? ItemHeaders.NONE : ItemHeaders.parse(f.body(), f.flags());
    }

    /** A message the source would not deliver: recorded and reported as a bad item. */
    private void badItem(SourceMessage m, String text) throws IOException {
        ItemHeaders h;
        try {
            h = ItemHeaders.fetch(run.source(), m.uid());
        } catch (ImapCommandException e) {
            h = null;
        }
        if (h == null) h = ItemHeaders.NONE;
        MessageRecord r = new MessageRecord(m.uid(), MessageState.BAD, m.size(), m.instant(), h.messageId(),
                h.raw(), null, null, null, h.flags());
        run.journal().recordResults(run.job().mailboxKey(), folder, validity, List.of(r));
        reportBad(r, h, text, FailureSide.Source);
    }

    private void reportBad(MessageRecord r, ItemHeaders h, String text, FailureSide side) {
        bad++;
        run.counters().bad++;
        FolderPass.skippedItem(run, path, SkippedItem.BAD_ITEM, r, validity, h, text);
        SyncLimits limits = run.job().limits();
        if (limits.tooManyBad(run.counters().bad)) {
            throw run.abort(FailureTypes.TOO_MANY_BAD_ITEMS, side, path, FailureTypes.TOO_MANY_BAD_ITEMS_TEXT);
        }
    }

    private String mark() throws IOException {
        try {
            return target.appendMark();
        } catch (IOException e) {
            throw new TargetIOException(e);
        }
    }

    /**
     * The same name every time this source message is copied (Maildir makes it the file's base name, so a repeated
     * copy overwrites rather than duplicates): INTERNALDATE seconds, the source folder, UIDVALIDITY and UID.
     */
    private String uniqueName(SourceMessage m) {
        long secs = m.internalDate() == null ? 0 : m.internalDate().toEpochSecond();
        return secs + ".M" + Integer.toHexString(folder.hashCode()) + "V" + validity + "U" + m.uid() + ".migsh";
    }
}
