package io.migsh.migration;

import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SourceLogin;
import io.migsh.migration.model.StatusChange.SubjectKind;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncOptions;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.UserStatus;
import io.migsh.store.Repositories;
import java.util.UUID;

/**
 * A migration user and the sync request it runs on, moved together: created when the batch first starts, woken
 * on retry or resume, stopped, sent to its final sync, or synced now. Exchange names the request after the batch
 * ({@code MigrationService:<batch>}).
 */
final class UserRequests {
    static final String NAME_PREFIX = "MigrationService:";

    private final MigrationSession session;
    private final Repositories r;
    private final StatusTracker t;
    private final java.util.List<SyncRequest> pendingRequests = new java.util.ArrayList<>();
    private final java.util.Map<UUID, MigrationEndpoint> endpoints = new java.util.HashMap<>();

    UserRequests(MigrationSession session, Repositories r, StatusTracker t) {
        this.session = session;
        this.r = r;
        this.t = t;
    }

    /** Starts or retries a user; false when there was nothing to do for it. */
    boolean wake(MigrationBatch b, MigrationUser u, BatchStatus batchTarget) {
        if (u.requestId() == null) {
            create(b, u);
            return true;
        }
        SyncRequest req = r.requests().byId(u.requestId()).orElse(null);
        if (req == null) {
            create(b, u);
            return true;
        }
        SyncKind again = req.initialSyncCompletedAt() == null ? SyncKind.Initial : SyncKind.Incremental;
        switch (u.status()) {
            case Stopped, Failed, IncrementalFailed -> {
                requeue(req, again);
                t.user(u.id(), u.status(), UserStatus.Queued);
                return true;
            }
            case CompletionFailed -> {
                requeue(req, SyncKind.Final);
                t.user(u.id(), u.status(), UserStatus.Completing);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void requeue(SyncRequest req, SyncKind kind) {
        r.requests().schedule(req.id(), kind, t.now());
        r.requests().setFailure(req.id(), null);
        r.session().update("UPDATE sync_request SET transient_failures = 0 WHERE id = ?", req.id());
        t.request(req.id(), req.status(), RequestStatus.Queued, "Resumed");
    }

    private void create(MigrationBatch b, MigrationUser u) {
        MigrationEndpoint e = endpoints.computeIfAbsent(b.sourceEndpointId(),
                id -> r.endpoints().byId(id).orElseThrow());
        BatchOptions o = b.options();
        SyncRequest req = new SyncRequest(io.migsh.migration.model.Guids.next(), NAME_PREFIX + b.name(), u.mailboxId(), b.id(), u.id(),
                e.id(), RequestStatus.Queued, SyncKind.Initial, e.server(),
                new SourceLogin(u.userName(), u.emailAddress(), u.passwordSecret(), u.userRoot()),
                new SyncOptions(o.includeFolders(), o.excludeFolders(), null, o.badItemLimit(), o.largeItemLimit(),
                        SyncOptions.BATCH_INTERVAL, o.startAfter(), null),
                null, t.now(), t.now(), t.now(), null, null, SyncCounters.ZERO, null);
        pendingRequests.add(req);
        t.created(SubjectKind.Request, req.id(), RequestStatus.Queued);
        if (u.status() != UserStatus.Queued) t.user(u.id(), u.status(), UserStatus.Queued);
        if (pendingRequests.size() >= 5000) flush();
    }

    /** Writes the requests created so far in batches (starting 50,000 users is a few statements, not 100,000). */
    void flush() {
        if (pendingRequests.isEmpty()) return;
        r.requests().insertAll(pendingRequests);
        java.util.List<Object[]> links = new java.util.ArrayList<>(pendingRequests.size());
        for (SyncRequest q : pendingRequests) links.add(new Object[] {q.id(), q.userId()});
        r.session().batch("UPDATE migration_user SET request_id = ? WHERE id = ?", links);
        pendingRequests.clear();
    }

    /** Stops a user that is migrating or waiting; returns its request when a worker may be running it. */
    UUID stop(MigrationUser u) {
        if (!u.status().isActive() && u.status().summary() != io.migsh.migration.model.UserStatusSummary.Synced) {
            return null;
        }
        UUID running = null;
        if (u.requestId() != null) {
            SyncRequest req = r.requests().byId(u.requestId()).orElse(null);
            if (req != null && req.status() != RequestStatus.Completed && req.status() != RequestStatus.Suspended) {
                if (req.status() == RequestStatus.InProgress) running = req.id();
                t.request(req.id(), req.status(), RequestStatus.Suspended, "Stopped by Stop-MigrationBatch");
            }
        }
        t.user(u.id(), u.status(), UserStatus.Stopped);
        return running;
    }

    /** Sends a synced user to its final sync (Complete-MigrationBatch). */
    void finish(MigrationUser u) {
        if (u.status() != UserStatus.Synced && u.status() != UserStatus.IncrementalSyncing) return;
        SyncRequest req = r.requests().byId(u.requestId()).orElseThrow();
        if (req.status() == RequestStatus.InProgress) {
            r.requests().schedule(req.id(), SyncKind.Final, t.now());
        } else {
            r.requests().schedule(req.id(), SyncKind.Final, t.now());
            t.request(req.id(), req.status(), RequestStatus.Queued, "Completion requested");
        }
        t.user(u.id(), u.status(), UserStatus.Completing);
    }

    /** Set-MigrationBatch -SyncNow: an incremental sync now for a synced user (retries are Start's job). */
    void syncNow(MigrationUser u) {
        if (u.status() != UserStatus.Synced || u.requestId() == null) return;
        SyncRequest req = r.requests().byId(u.requestId()).orElseThrow();
        if (req.status() != RequestStatus.Synced) return;
        r.requests().schedule(req.id(), SyncKind.Incremental, t.now());
        t.request(req.id(), req.status(), RequestStatus.Queued, "SyncNow");
    }
}
