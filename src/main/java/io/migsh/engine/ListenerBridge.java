package io.migsh.engine;

import io.migsh.imap.SkippedItem;
import io.migsh.imap.SyncFailure;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncProgress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes what the engine reports during one pass on to the migration service: progress in the service's per-pass
 * terms, new skipped items, retried failures and steps as report lines, and the service's stop as the engine's.
 * The engine calls it on the pass's own thread only.
 */
final class ListenerBridge implements io.migsh.imap.SyncListener {
    private final SyncListener listener;
    private final Clock clock;
    /** Permanent failures, reported at the end so that the one that failed the user is not reported twice. */
    private final List<SyncFailure> held = new ArrayList<>();
    private io.migsh.imap.SyncProgress last;
    private int badItems;
    private int largeItems;

    ListenerBridge(SyncListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void progress(io.migsh.imap.SyncProgress progress) {
        last = progress;
        listener.progress(progress());
    }

    /**
     * The service counts items encountered per pass and lists each once, as Exchange's SkippedItems do; the engine
     * lists a large item again on every sync while it stays too large, so repeats are dropped here.
     */
    @Override
    public void skipped(SkippedItem item) {
        if (item.repeated()) return;
        if (SkippedItem.LARGE_ITEM.equals(item.kind())) largeItems++;
        else badItems++;
        listener.skipped(Failures.skippedItem(item));
        if (last != null) listener.progress(progress());
    }

    @Override
    public void failure(SyncFailure failure) {
        if (failure.transientFailure()) listener.report(Failures.reportEntry(failure));
        else held.add(failure);
    }

    @Override
    public void event(String folder, String text) {
        listener.report(ReportEntry.info(Failures.at(clock.instant()), folder == null ? text
                : "Folder '" + folder + "': " + text));
    }

    /** A stop asked by the admin, or the service shutting down (it interrupts its workers). */
    @Override
    public boolean stopRequested() {
        return Thread.currentThread().isInterrupted() || listener.isCancelled();
    }

    /** Reports the permanent failures held back, except the one that ended the pass (the service records it). */
    void reportHeldFailures(SyncFailure fatal) {
        for (SyncFailure f : held) {
            if (f != fatal) listener.report(Failures.reportEntry(f));
        }
        held.clear();
    }

    /**
     * The pass's progress as the service counts it: copies and bytes of this pass, skipped items new in this pass.
     * Skipped items count as planned work, so the pass reaches 100 percent when everything is handled.
     */
    SyncProgress progress() {
        int skipped = badItems + largeItems;
        if (last == null) return new SyncProgress(0, 0, skipped, 0, 0, skipped, badItems, largeItems);
        return new SyncProgress(last.itemsInSource(), last.bytesInSource(), last.itemsToCopy() + skipped,
                last.itemsCopied(), last.bytesCopied(), skipped, badItems, largeItems);
    }
}
