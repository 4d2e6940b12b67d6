package io.migsh.imap;

import java.util.ArrayList;
import java.util.List;

/** Collects what a sync reports, for assertions. */
final class RecordingListener implements SyncListener {
    final List<SkippedItem> skipped = new ArrayList<>();
    final List<SyncFailure> failures = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<SyncProgress> progress = new ArrayList<>();

    @Override
    public void progress(SyncProgress p) {
        progress.add(p);
    }

    @Override
    public void skipped(SkippedItem item) {
        skipped.add(item);
    }

    @Override
    public void failure(SyncFailure failure) {
        failures.add(failure);
    }

    @Override
    public void event(String folder, String text) {
        events.add((folder == null ? "" : folder + ": ") + text);
    }
}
