package io.migsh.migration;

import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.UserStatus;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import io.migsh.store.Repositories;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Writes what a pass did, in one transaction: the request's totals, its report, its next status and schedule, the
 * user's status and the batch's. A request the admin suspended, stopped or removed meanwhile keeps the admin's
 * status; only its counters are kept.
 */
final class PassRecorder {
    private PassRecorder() {}

    /**
     * The request's totals once a pass's progress is added to what earlier passes counted. A pass that reported
     * nothing at all (it failed before the source's folders were listed, e.g. at LOGIN) leaves the percentage where
     * earlier passes left it.
     */
    static SyncCounters totals(SyncCounters before, SyncProgress p) {
        int percent = p.equals(SyncProgress.NONE) ? before.percentComplete() : percent(before, p);
        return new SyncCounters(before.itemsSynced() + p.itemsCopied(), before.itemsSkipped() + p.itemsSkipped(),
                before.bytesTransferred() + p.bytesCopied(), p.itemsInSource(), p.bytesInSource(), p.itemsInSource(),
                before.badItemsEncountered() + p.badItems(), before.largeItemsEncountered() + p.largeItems(), percent);
    }

    /**
     * PercentageComplete: what the target holds (earlier passes' items and this pass's copies and skips) against
     * the source's items, so that a pass that resumes after a failure goes on from where the last one stopped
     * instead of starting again at 0; never below what earlier passes reached. Without a source count, the share
     * of this pass's plan (a pass that planned nothing is done).
     */
    private static int percent(SyncCounters before, SyncProgress p) {
        long thisPass = p.itemsCopied() + p.itemsSkipped();
        long now;
        if (p.itemsInSource() > 0) {
            now = (before.itemsSynced() + thisPass) * 100 / p.itemsInSource();
        } else {
            now = p.itemsToCopy() <= 0 ? 100 : thisPass * 100 / p.itemsToCopy();
        }
        return (int) Math.max(before.percentComplete(), Math.min(100, now));
    }

    /** Records the end of a pass; returns true when its batch should now complete by itself. */
    static boolean finish(MigrationSession session, Repositories r, SyncRequest before, SyncKind kind,
            SyncOutcome outcome, RetryPolicy retries) {
        SyncRequest q = r.requests().byId(before.id()).orElse(null);
        if (q == null) return false;
        OffsetDateTime now = session.now();
        StatusTracker t = new StatusTracker(r, now);
        r.requests().updateCounters(q.id(), totals(before.counters(), outcome.progress()), now);
        if (q.status() != RequestStatus.InProgress) {
            t.flush();
            return false;
        }
        MigrationUser u = q.userId() == null ? null : r.users().byId(q.userId()).orElse(null);
        boolean completeBatch;
        if (outcome.succeeded()) {
            succeeded(session, r, t, q, u, kind);
        } else {
            failed(r, t, q, u, kind, outcome, retries);
        }
        completeBatch = q.batchId() != null && BatchRefresher.refresh(r, t, q.batchId());
        t.flush();
        return completeBatch;
    }

    /**
     * Records a pass cut short because this process is shutting down: what it counted is kept and the request goes
     * back to the queue, due at once and with the kind of pass it was running, so the next process continues it
     * from the engine's checkpoints. A request the admin stopped meanwhile keeps the admin's status.
     */
    static void handBack(MigrationSession session, Repositories r, SyncRequest before, SyncOutcome outcome) {
        SyncRequest q = r.requests().byId(before.id()).orElse(null);
        if (q == null) return;
        OffsetDateTime now = session.now();
        StatusTracker t = new StatusTracker(r, now);
        r.requests().updateCounters(q.id(), totals(before.counters(), outcome.progress()), now);
        if (q.status() == RequestStatus.InProgress) {
            r.requests().schedule(q.id(), q.nextKind(), now);
            t.request(q.id(), RequestStatus.InProgress, RequestStatus.Queued, "Service stopped");
            r.reports().add(q.id(), ReportEntry.info(now, "The sync stopped because the migration service shut down. "
                    + "It continues when the service runs again."));
        }
        t.flush();
    }

    private static void succeeded(MigrationSession session, Repositories r, StatusTracker t, SyncRequest q,
            MigrationUser u, SyncKind kind) {
        OffsetDateTime now = t.now();
        r.requests().setFailure(q.id(), null);
        r.session().update("UPDATE sync_request SET transient_failures = 0 WHERE id = ?", q.id());
        if (kind == SyncKind.Final) {
            t.request(q.id(), RequestStatus.InProgress, RequestStatus.Completed, "Completed");
            r.requests().markCompleted(q.id(), now);
            r.reports().add(q.id(), ReportEntry.info(now, "Request is complete."));
            if (u != null) {
                r.users().markSynced(u.id(), now);
                t.user(u.id(), u.status(), UserStatus.Completed);
            }
            return;
        }
        r.requests().markInitialSyncDone(q.id(), now);
        if (u != null) r.users().markSynced(u.id(), now);
        // The admin may have asked for completion while this pass ran, or the request's CompleteAfter has come.
        boolean finalNext = q.nextKind() == SyncKind.Final || (q.options().completeAfter() != null
                && !q.options().completeAfter().isAfter(now));
        Duration interval = q.options().incrementalSyncInterval() == null
                ? io.migsh.migration.model.SyncOptions.BATCH_INTERVAL : q.options().incrementalSyncInterval();
        if (finalNext) {
            r.requests().schedule(q.id(), SyncKind.Final, now);
            t.request(q.id(), RequestStatus.InProgress, RequestStatus.Queued, "Final sync next");
        } else {
            r.requests().schedule(q.id(), SyncKind.Incremental, now.plus(interval));
            t.request(q.id(), RequestStatus.InProgress, RequestStatus.Synced, kind + " sync done");
        }
        r.reports().add(q.id(), ReportEntry.info(now, kind == SyncKind.Initial
                ? "Initial sync completed." : "Incremental sync completed."));
        if (u != null && u.status() != UserStatus.Completing) t.user(u.id(), u.status(), UserStatus.Synced);
        if (u != null) batchMilestone(r, u.batchId(), now);
    }

    private static void batchMilestone(Repositories r, java.util.UUID batchId, OffsetDateTime now) {
        MigrationBatch b = r.batches().byId(batchId).orElse(null);
        if (b != null) r.batches().markLastSynced(b.id(), now);
    }

    private static void failed(Repositories r, StatusTracker t, SyncRequest q, MigrationUser u, SyncKind kind,
            SyncOutcome outcome, RetryPolicy retries) {
        OffsetDateTime now = t.now();
        FailureRecord f = outcome.failure();
        r.reports().add(q.id(), new ReportEntry(now, f.message(), f));
        r.requests().setFailure(q.id(), f);
        int transients = outcome.transientFailure() ? (int) r.session().count(
                "SELECT transient_failures FROM sync_request WHERE id = ?", q.id()) + 1 : 0;
        if (outcome.transientFailure() && transients < retries.failedPasses()) {
            // Exchange retries transient failures by itself, with a growing pause.
            r.session().update("UPDATE sync_request SET transient_failures = ? WHERE id = ?", transients, q.id());
            r.requests().schedule(q.id(), kind, now.plus(retries.pauseAfter(transients)));
            t.request(q.id(), RequestStatus.InProgress, RequestStatus.Queued, "Transient failure: " + f.failureType());
            return;
        }
        t.request(q.id(), RequestStatus.InProgress, RequestStatus.Failed, f.failureType());
        if (u == null) return;
        UserStatus to = switch (kind) {
            case Initial -> UserStatus.Failed;
            case Incremental -> UserStatus.IncrementalFailed;
            case Final -> UserStatus.CompletionFailed;
        };
        if (u.status() == UserStatus.Completing && kind != SyncKind.Final) to = UserStatus.CompletionFailed;
        if (Lifecycle.allows(u.status(), to)) t.user(u.id(), u.status(), to);
    }
}
