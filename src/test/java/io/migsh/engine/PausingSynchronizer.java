package io.migsh.engine;

import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import io.migsh.store.Database;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Wraps a synchronizer and catches its pass half way, once it has copied some items: either holds it still until
 * the service asks it to stop, or ends it there with nothing recorded, as if the process had been killed.
 */
final class PausingSynchronizer implements MailboxSynchronizer {
    /** Thrown to end a pass the way a killed process ends it: the service records nothing. */
    static final class Killed extends Error {
        Killed() {
            super("killed half way", null, false, false);
        }
    }

    final CountDownLatch paused;
    private final MailboxSynchronizer inner;
    private final long pauseAfterItems;
    private final boolean kill;

    PausingSynchronizer(MailboxSynchronizer inner, long pauseAfterItems, boolean kill) {
        this(inner, pauseAfterItems, kill, new CountDownLatch(1));
    }

    private PausingSynchronizer(MailboxSynchronizer inner, long pauseAfterItems, boolean kill,
            CountDownLatch paused) {
        this.inner = inner;
        this.pauseAfterItems = pauseAfterItems;
        this.kill = kill;
        this.paused = paused;
    }

    @Override
    public MailboxSynchronizer boundTo(Database store, Clock clock) {
        return new PausingSynchronizer(inner.boundTo(store, clock), pauseAfterItems, kill, paused);
    }

    @Override
    public SyncOutcome synchronize(SyncJob job, SyncListener listener) throws InterruptedException {
        return inner.synchronize(job, new SyncListener() {
            @Override
            public void progress(SyncProgress progress) {
                listener.progress(progress);
                if (progress.itemsCopied() < pauseAfterItems || paused.getCount() == 0) return;
                paused.countDown();
                if (kill) throw new Killed();
                while (!listener.isCancelled()) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }

            @Override
            public void report(ReportEntry entry) {
                listener.report(entry);
            }

            @Override
            public void skipped(SkippedItem item) {
                listener.skipped(item);
            }

            @Override
            public boolean isCancelled() {
                return listener.isCancelled();
            }
        });
    }
}
