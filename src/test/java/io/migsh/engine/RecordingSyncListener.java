package io.migsh.engine;

import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncProgress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a synchronizer told the service, for assertions; cancels the pass when {@code cancelled} is set. */
class RecordingSyncListener implements SyncListener {
    final List<SyncProgress> progress = new CopyOnWriteArrayList<>();
    final List<ReportEntry> report = new CopyOnWriteArrayList<>();
    final List<SkippedItem> skipped = new CopyOnWriteArrayList<>();
    volatile boolean cancelled;

    @Override
    public void progress(SyncProgress p) {
        progress.add(p);
    }

    @Override
    public void report(ReportEntry e) {
        report.add(e);
    }

    @Override
    public void skipped(SkippedItem i) {
        skipped.add(i);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
