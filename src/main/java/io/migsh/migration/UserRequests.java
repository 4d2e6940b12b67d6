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
        MigrationEndpoint e = r.endpoints().byId(b.sourceEndpointId()).orElseThrow();
        BatchOptions o = b.options();
        SyncRequest req = new SyncRequest(UUID.randomUUID(), NAME_PREFIX + b.name(), u.mailboxId(), b.id(), u.id(),
                e.id(), RequestStatus.Queued, SyncKind.Initial, e.server(),
                new SourceLogin(u.userName(), u.emailAddress(), u.passwordSecret(), u.userRoot()),
                new SyncOptions(o.includeFolders(), o.excludeFolders(), null, o.badItemLimit(), o.largeItemLimit(),
                        SyncOptions.BATCH_INTERVAL, o.startAfter(), null),
                null, t.now(), t.now(), t.now(), null, null, SyncCounters.ZERO, null);
        r.requests().insert(req);
        r.users().setRequest(u.id(), req.id());
        t.created(SubjectKind.Request, req.id(), RequestStatus.Queued);
        if (u.status() != UserStatus.Queued) t.user(u.id(), u.status(), UserStatus.Queued);
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
