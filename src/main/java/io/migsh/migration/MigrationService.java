package io.migsh.migration;

import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.UserStatus;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs sync requests in the background. Each tick it returns lapsed claims and due incremental syncs to the queue,
 * completes batches whose time has come, then claims due requests (a conditional UPDATE, so several processes on
 * one store never run one request twice) within each endpoint's MaxConcurrentMigrations (initial syncs) and
 * MaxConcurrentIncrementalSyncs, and hands them to the synchronizer on worker threads. Users beyond a limit wait
 * as Queued, as Exchange's do. Closing the service stops its passes between items and puts their requests back in
 * the queue, so the next process on the store continues them at once instead of waiting for their claims to lapse.
 */
public final class MigrationService implements AutoCloseable {
    /** How long closing waits for running passes to stop between items. */
    private static final long STOP_WAIT_SECONDS = 30;

    private final MigrationSession session;
    private final MailboxSynchronizer synchronizer;
    private final ServiceOptions options;
    private final String owner = "migsh-" + ProcessHandle.current().pid() + "-" + io.migsh.migration.model.Guids.next();
    private final ExecutorService workers;
    private final ScheduledExecutorService ticker;
    private final Set<UUID> cancelled = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Future<?>> running = new ConcurrentHashMap<>();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile boolean closing;

    MigrationService(MigrationSession session, MailboxSynchronizer synchronizer, ServiceOptions options) {
        this.session = session;
        this.synchronizer = synchronizer;
        this.options = options;
        this.workers = Executors.newFixedThreadPool(options.workerThreads(), r -> {
            Thread t = new Thread(r, "migsh-sync-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "migsh-scheduler");
            t.setDaemon(true);
            return t;
        });
        if (options.runInBackground()) {
            long every = options.pollInterval().toMillis();
            ticker.scheduleWithFixedDelay(this::safeTick, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for a tick soon (after an admin action queued work). */
    public void wake() {
        if (options.runInBackground()) ticker.execute(this::safeTick);
    }

    /** Asks a running pass of this request to stop; other processes notice through the store. */
    public void cancel(UUID requestId) {
        if (running.containsKey(requestId)) cancelled.add(requestId);
    }

    /**
     * A request was removed: a running pass stops, and the engine drops what it kept of the request, here or, if a
     * pass is still running, when that pass ends.
     */
    public void removed(UUID requestId) {
        cancel(requestId);
        if (!running.containsKey(requestId)) forgetQuietly(requestId);
    }

    private void forgetQuietly(UUID requestId) {
        try {
            synchronizer.forget(requestId);
        } catch (RuntimeException e) {
            // Left-over engine state of a removed request takes space but harms nothing.
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // The next tick retries; a store that is briefly locked by another shell must not stop the service.
        }
    }

    /** One scheduling round; returns how many passes it started. */
    public synchronized int tick() {
        if (closing) return 0;
        OffsetDateTime now = session.now();
        requeueLapsedAndDue(now);
        completeDueBatches(now);
        int free = options.workerThreads() - running.size();
        if (free <= 0) return 0;
        List<SyncRequest> due = session.db().inTransaction(r -> r.requests().due(now, free * 4));
        Map<String, Long> load = new HashMap<>();
        int started = 0;
        for (SyncRequest q : due) {
            if (started >= free) break;
            if (!withinLimit(q, load)) continue;
            Claimed claimed = claim(q);
            if (claimed == null) continue;
            started++;
            // Registered before it can run, so a pass that ends at once still removes itself.
            java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> runPass(claimed),
                    null);
            running.put(q.id(), task);
            workers.execute(task);
        }
        return started;
    }

    /** Runs ticks and waits for every pass until nothing is due (tests and one-shot runs). */
    public void runUntilIdle() throws InterruptedException {
        while (true) {
            // Taken before the tick: a pass that ends during the tick may have kept a user from starting.
            boolean waited = !running.isEmpty();
            int started = tick();
            waited |= !running.isEmpty();
            for (Future<?> f : new ArrayList<>(running.values())) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            if (started == 0 && !waited) return;
        }
    }

    private void requeueLapsedAndDue(OffsetDateTime now) {
        session.db().inTransaction(r -> {
            // Passes running here keep their claims even when the engine is quiet for a while (one huge message).
            for (UUID id : running.keySet()) r.requests().renewLease(id, owner, now.plus(options.lease()));
            StatusTracker t = new StatusTracker(r, now);
            for (UUID id : r.requests().expiredLeases(now)) {
                if (running.containsKey(id)) continue;
                t.request(id, RequestStatus.InProgress, RequestStatus.Queued, "Claim lapsed");
            }
            for (UUID id : r.requests().incrementalsDue(now)) {
                t.request(id, RequestStatus.Synced, RequestStatus.Queued, "Incremental sync due");
            }
            t.flush();
            return null;
        });
    }

    private void completeDueBatches(OffsetDateTime now) {
        session.db().inTransaction(r -> {
            StatusTracker t = new StatusTracker(r, now);
            for (var b : r.batches().all()) {
                boolean synced = b.status() == io.migsh.migration.model.BatchStatus.Synced
                        || b.status() == io.migsh.migration.model.BatchStatus.SyncedWithErrors;
                if (synced && b.options().completeAfter() != null && !b.options().completeAfter().isAfter(now)) {
                    session.batches().completeInside(r, t, b, false);
                }
            }
            t.flush();
            return null;
        });
    }

    /** Endpoint limits: initial syncs count against MaxConcurrentMigrations, the others against incrementals. */
    private boolean withinLimit(SyncRequest q, Map<String, Long> load) {
        if (q.endpointId() == null) return true;
        boolean initial = q.nextKind() == SyncKind.Initial;
        String key = q.endpointId() + (initial ? "/i" : "/n");
        long current = load.computeIfAbsent(key, k -> session.db().inTransaction(
                r -> r.requests().countRunning(q.endpointId(), initial)));
        MigrationEndpoint e = session.db().inTransaction(r -> r.endpoints().byId(q.endpointId()).orElse(null));
        if (e == null) return false;
        var limit = initial ? e.maxConcurrentMigrations() : e.maxConcurrentIncrementalSyncs();
        if (limit.isExceededBy(current + 1)) return false;
        load.put(key, current + 1);
        return true;
    }

    /** A claimed request with the job to run (null job: the job couldn't be built, with this failure). */
    private record Claimed(SyncRequest request, SyncKind kind, SyncJob job, String problem) {}

    private Claimed claim(SyncRequest q) {
        return session.db().inTransaction(r -> {
            OffsetDateTime now = session.now();
            if (!r.requests().claim(q.id(), owner, now, now.plus(options.lease()))) return null;
            StatusTracker t = new StatusTracker(r, now);
            t.recorded(io.migsh.migration.model.StatusChange.SubjectKind.Request, q.id(), RequestStatus.Queued,
                    RequestStatus.InProgress, q.nextKind() + " sync started");
            MigrationUser u = q.userId() == null ? null : r.users().byId(q.userId()).orElse(null);
            if (u != null) {
                UserStatus to = switch (q.nextKind()) {
                    case Initial -> UserStatus.Syncing;
                    case Incremental -> UserStatus.IncrementalSyncing;
                    case Final -> UserStatus.Completing;
                };
                if (Lifecycle.allows(u.status(), to)) t.user(u.id(), u.status(), to);
                r.users().markChecked(u.id(), now);
            }
            t.flush();
            try {
                return new Claimed(q, q.nextKind(), JobFactory.build(r, session.db().secrets(), q, q.nextKind(),
                        options.retries()), null);
            } catch (IllegalStateException e) {
                return new Claimed(q, q.nextKind(), null, e.getMessage());
            }
        });
    }

    private void runPass(Claimed c) {
        UUID id = c.request().id();
        SyncOutcome outcome;
        try {
            if (c.job() == null) {
                outcome = SyncOutcome.failed(SyncProgress.NONE, failure("MigrationPermanentException", "Target",
                        c.problem()));
            } else {
                PassListener listener = new PassListener(session, c.request(), owner, options.lease(),
                        () -> closing || cancelled.contains(id));
                try {
                    outcome = synchronizer.synchronize(c.job(), listener);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcome = SyncOutcome.failedTransiently(listener.last(), failure(
                            "MigrationTransientException", "Source", "The sync was interrupted."));
                } catch (RuntimeException e) {
                    outcome = SyncOutcome.failed(listener.last(), failure("MigrationPermanentException", "Source",
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
                if (outcome == null) outcome = SyncOutcome.succeeded(listener.last());
            }
            SyncOutcome result = outcome;
            if (closing && !result.succeeded()) {
                session.db().inTransaction(r -> {
                    PassRecorder.handBack(session, r, c.request(), result);
                    return null;
                });
                return;
            }
            boolean completeBatch = session.db().inTransaction(r -> PassRecorder.finish(session, r, c.request(),
                    c.kind(), result, options.retries()));
            UUID batchId = c.request().batchId();
            // Passes of one batch end at the same time, and each derived the batch's status without the others'
            // uncommitted users; derived again after the commit, the last pass to commit sees them all.
            if (batchId != null) completeBatch |= session.db().inTransaction(r -> {
                StatusTracker t = new StatusTracker(r, session.now());
                boolean complete = BatchRefresher.refresh(r, t, batchId);
                t.flush();
                return complete;
            });
            if (completeBatch && batchId != null) completeBatchQuietly(batchId);
            if (result.transientFailure()) wakeForRetry(id);
        } finally {
            cancelled.remove(id);
            running.remove(id);
            // After leaving running, so that a removal seeing this pass still running is seen here.
            forgetIfRemoved(id);
            wake();
        }
    }

    /**
     * A request queued again after a transient failure runs when its pause is over, not at the next poll after it:
     * a retry policy with pauses shorter than the poll interval (the demo's) keeps its pace.
     */
    private void wakeForRetry(UUID id) {
        if (!options.runInBackground()) return;
        OffsetDateTime due = session.db().inTransaction(r -> r.requests().byId(id)
                .filter(q -> q.status() == RequestStatus.Queued).map(SyncRequest::nextSyncAt).orElse(null));
        if (due == null) return;
        // Rounded up, with a little to spare: a tick a fraction of a millisecond early would find nothing due and
        // leave the request to the next poll.
        long ms = java.time.Duration.between(session.now(), due).toMillis() + 5;
        if (ms < options.pollInterval().toMillis()) {
            try {
                ticker.schedule(this::safeTick, ms, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // the service is closing; the next process picks the request up
            }
        }
    }

    private void forgetIfRemoved(UUID id) {
        try {
            if (session.db().inTransaction(r -> r.requests().byId(id).isEmpty())) forgetQuietly(id);
        } catch (RuntimeException e) {
            // the store is closing; the removal itself forgot what it could
        }
    }

    private void completeBatchQuietly(UUID batchId) {
        try {
            session.batches().complete(batchId.toString(), false);
        } catch (RuntimeException ignored) {
            // another shell completed it first, or the admin stopped it meanwhile
        }
    }

    private FailureRecord failure(String type, String side, String message) {
        return new FailureRecord(session.now(), type, -2146233088, side, null, message);
    }

    /**
     * Stops the service: running passes are asked to stop (not interrupted, which could break the store's file
     * I/O) and their requests return to the queue before the store closes.
     */
    @Override
    public void close() {
        closing = true;
        ticker.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
