package io.migsh.migration;

import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncProgress;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Records what the engine reports during a pass as it happens (so a kill loses little and other shells see
 * progress), renews the worker's claim, and tells the engine when the request was stopped, here or in another
 * process sharing the store.
 */
final class PassListener implements SyncListener {
    private static final long WRITE_EVERY_NANOS = 500_000_000L;
    private static final long CHECK_EVERY_NANOS = 5_000_000_000L;

    private final MigrationSession session;
    private final SyncRequest request;
    private final String owner;
    private final Duration lease;
    private final BooleanSupplier cancelledHere;
    private volatile SyncProgress last = SyncProgress.NONE;
    private volatile long lastWrite;
    private volatile long lastCheck = System.nanoTime();
    private volatile boolean cancelledElsewhere;

    PassListener(MigrationSession session, SyncRequest request, String owner, Duration lease,
            BooleanSupplier cancelledHere) {
        this.session = session;
        this.request = request;
        this.owner = owner;
        this.lease = lease;
        this.cancelledHere = cancelledHere;
    }

    SyncProgress last() {
        return last;
    }

    @Override
    public void progress(SyncProgress progress) {
        last = progress;
        long now = System.nanoTime();
        if (now - lastWrite < WRITE_EVERY_NANOS) return;
        lastWrite = now;
        session.db().inTransaction(r -> {
            r.requests().updateCounters(request.id(), PassRecorder.totals(request.counters(), progress), session.now());
            r.requests().renewLease(request.id(), owner, session.now().plus(lease));
            return null;
        });
    }

    @Override
    public void report(ReportEntry entry) {
        session.db().inTransaction(r -> {
            r.reports().add(request.id(), entry);
            return null;
        });
    }

    @Override
    public void skipped(SkippedItem item) {
        session.db().inTransaction(r -> {
            r.reports().addSkipped(request.id(), item);
            return null;
        });
    }

    @Override
    public boolean isCancelled() {
        if (cancelledHere.getAsBoolean() || cancelledElsewhere) return true;
        long now = System.nanoTime();
        if (now - lastCheck >= CHECK_EVERY_NANOS) {
            lastCheck = now;
            cancelledElsewhere = session.db().inTransaction(r -> r.requests().byId(request.id())
                    .map(q -> q.status() != RequestStatus.InProgress).orElse(true));
        }
        return cancelledElsewhere;
    }
}
