package io.migsh.migration;

import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test double for the sync engine: "copies" a fixed number of items per user, fails users whose CSV password is
 * "wrong" as a bad login would, and records every job it was given.
 */
public final class FakeSynchronizer implements MailboxSynchronizer {
    public final List<SyncJob> jobs = new CopyOnWriteArrayList<>();
    public final Map<String, Integer> itemsByUser = new ConcurrentHashMap<>();
    public final List<java.util.UUID> forgotten = new CopyOnWriteArrayList<>();
    public volatile int transientFailuresLeft;
    /** When set, every pass waits for it to open (to hold passes running while a test looks). */
    public volatile java.util.concurrent.CountDownLatch gate;

    @Override
    public void forget(java.util.UUID requestId) {
        forgotten.add(requestId);
    }

    @Override
    public SyncOutcome synchronize(SyncJob job, SyncListener listener) throws InterruptedException {
        jobs.add(job);
        if (gate != null) gate.await();
        OffsetDateTime at = OffsetDateTime.of(2024, 6, 3, 9, 0, 0, 0, ZoneOffset.UTC);
        if (transientFailuresLeft > 0) {
            transientFailuresLeft--;
            return SyncOutcome.failedTransiently(SyncProgress.NONE, new FailureRecord(at,
                    "CommunicationErrorTransientException", -2146233088, "Source", null, "connection reset"));
        }
        if (new String(job.credentials().password()).equals("wrong")) {
            String text = io.migsh.migration.probe.ImapLoginFailure.text("AUTHENTICATIONFAILED",
                    "Authentication failed.");
            return SyncOutcome.failed(SyncProgress.NONE, new FailureRecord(at, "MigrationPermanentException",
                    -2146233088, "Source", null, text));
        }
        int items = itemsByUser.getOrDefault(job.credentials().userName(), 3);
        int copy = switch (job.kind()) {
            case Initial -> items;
            case Incremental, Final -> 1;
        };
        listener.report(ReportEntry.info(at, "Copying " + copy + " items for " + job.credentials().userName()));
        listener.skipped(new SkippedItem("LargeItem", "Inbox", "huge", at, at, "a@old.example", "b@old.example",
                50L << 20, "The item is larger than the mailbox's MaxReceiveSize."));
        listener.progress(new SyncProgress(items + 1, 1000L * items, copy, copy, 1000L * copy, 1, 0, 1));
        return SyncOutcome.succeeded(new SyncProgress(items + 1, 1000L * items, copy, copy, 1000L * copy, 1, 0, 1));
    }
}
