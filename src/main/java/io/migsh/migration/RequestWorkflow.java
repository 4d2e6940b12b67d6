package io.migsh.migration;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.Mailbox;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sync requests made by hand or by batches: New, Get, Set, Suspend, Resume and Remove, with MRS's rules. */
public final class RequestWorkflow {
    /** The name MRS gives a request created without one. */
    public static final String DEFAULT_NAME = "Sync";

    private final MigrationSession session;

    RequestWorkflow(MigrationSession session) {
        this.session = session;
    }

    public SyncRequest create(SyncRequestSpec spec) {
        if (spec.options().startAfter() != null && spec.options().completeAfter() != null
                && !spec.options().startAfter().isBefore(spec.options().completeAfter())) {
            throw MigrationErrors.invalidArgument("The value of StartAfter must be earlier than the value of "
                    + "CompleteAfter.", spec.options().startAfter());
        }
        SyncRequest created = session.db().inTransaction(r -> {
            Mailbox m = session.directory().mailbox(r, spec.mailbox());
            if (r.users().byMailbox(m.id()).isPresent()) {
                throw MigrationErrors.userAlreadyBeingMigrated(m.primarySmtpAddress());
            }
            String name = spec.name() == null || spec.name().isEmpty() ? freeName(r, m.id()) : spec.name();
            if (r.requests().byMailboxAndName(m.id(), name).isPresent()) {
                throw MigrationErrors.duplicateRequestName(name, m.name());
            }
            RequestStatus status = spec.suspend() ? RequestStatus.Suspended : RequestStatus.Queued;
            SyncRequest req = new SyncRequest(io.migsh.migration.model.Guids.next(), name, m.id(), null, null, null, status,
                    SyncKind.Initial, spec.server(), new SourceLogin(spec.userName() == null
                            ? spec.remoteEmailAddress() : spec.userName(), spec.remoteEmailAddress(),
                            session.db().secrets().seal(spec.password()), null),
                    spec.options(), spec.suspendComment(), session.now(), session.now(), session.now(), null, null,
                    SyncCounters.ZERO, null);
            r.requests().insert(req);
            StatusTracker t = new StatusTracker(r, session.now());
            t.created(SubjectKind.Request, req.id(), status);
            t.flush();
            return req;
        });
        session.service().wake();
        return created;
    }

    /** "Sync", else "Sync1", "Sync2"... as MRS makes a default name unique per mailbox. */
    private static String freeName(Repositories r, UUID mailboxId) {
        if (r.requests().byMailboxAndName(mailboxId, DEFAULT_NAME).isEmpty()) return DEFAULT_NAME;
        for (int i = 1; ; i++) {
            if (r.requests().byMailboxAndName(mailboxId, DEFAULT_NAME + i).isEmpty()) return DEFAULT_NAME + i;
        }
    }

    /** The text identity of a request, {@code <alias>\<name>}, as SyncRequest's ToString gives it. */
    public static String identity(Mailbox m, SyncRequest req) {
        return m.alias() + "\\" + req.name();
    }

    public SyncRequest get(String identity) {
        return session.db().inTransaction(r -> get(r, identity));
    }

    /** By RequestGuid, {@code mailbox\name}, or a name only one request has. */
    SyncRequest get(Repositories r, String identity) {
        var byGuid = Identities.guid(identity).flatMap(g -> r.requests().byId(g));
        if (byGuid.isPresent()) return byGuid.get();
        int slash = identity.lastIndexOf('\\');
        if (slash > 0) {
            Mailbox m = r.mailboxes().byIdentity(identity.substring(0, slash))
                    .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
            return r.requests().byMailboxAndName(m.id(), identity.substring(slash + 1))
                    .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
        }
        List<SyncRequest> named = r.requests().byName(identity);
        if (named.size() > 1) throw MigrationErrors.ambiguous(identity);
        if (named.isEmpty()) throw MigrationErrors.notFound(identity, session.serverName());
        return named.get(0);
    }

    /** Get-SyncRequest: by identity, or by mailbox, filtered by status, batch name and name. */
    public List<SyncRequest> find(String identity, String mailbox, RequestStatus status, String batchName,
            String name) {
        return session.db().inTransaction(r -> {
            List<SyncRequest> found;
            if (identity != null) {
                found = List.of(get(r, identity));
            } else if (mailbox != null) {
                found = r.requests().byMailbox(session.directory().mailbox(r, mailbox).id());
            } else {
                found = r.requests().all();
            }
            List<SyncRequest> out = new ArrayList<>();
            for (SyncRequest q : found) {
                if (status != null && q.status() != status) continue;
                if (name != null && !q.name().equalsIgnoreCase(name)) continue;
                if (batchName != null && !batchNameMatches(r, q, batchName)) continue;
                out.add(q);
            }
            return out;
        });
    }

    private static boolean batchNameMatches(Repositories r, SyncRequest q, String batchName) {
        String bn = batchName(r, q);
        return bn != null && (bn.equalsIgnoreCase(batchName)
                || bn.equalsIgnoreCase(UserRequests.NAME_PREFIX + batchName));
    }

    /** The BatchName a request shows: {@code MigrationService:<batch>} for batch users, else empty. */
    public static String batchName(Repositories r, SyncRequest q) {
        if (q.batchId() == null) return null;
        return r.batches().byId(q.batchId()).map(b -> UserRequests.NAME_PREFIX + b.name()).orElse(null);
    }

    /** Set-SyncRequest: new source, login or options, used from the next sync. */
    public SyncRequest update(String identity, ImapServerSettings server, String userName, char[] password,
            SyncOptions options) {
        return session.db().inTransaction(r -> {
            SyncRequest q = get(r, identity);
            SourceLogin login = new SourceLogin(userName == null ? q.login().userName() : userName,
                    q.login().remoteEmailAddress(), password == null ? q.login().passwordSecret()
                            : session.db().secrets().seal(password), q.login().userRoot());
            r.requests().updateSettings(q.id(), server == null ? q.server() : server, login,
                    options == null ? q.options() : options);
            return r.requests().byId(q.id()).orElseThrow();
        });
    }

    public SyncRequest suspend(String identity, String comment) {
        SyncRequest done = session.db().inTransaction(r -> {
            SyncRequest q = get(r, identity);
            if (q.status() == RequestStatus.Completed || q.status() == RequestStatus.Suspended) {
                throw MigrationErrors.invalidState("The sync request '" + identity + "' can't be suspended because "
                        + "its status is " + q.status() + ".", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            t.request(q.id(), q.status(), RequestStatus.Suspended, comment);
            r.requests().setSuspendComment(q.id(), comment);
            userFollows(r, t, q, UserStatus.Stopped);
            t.flush();
            return q;
        });
        session.service().cancel(done.id());
        return get(done.id().toString());
    }

    public SyncRequest resume(String identity) {
        session.db().inTransaction(r -> {
            SyncRequest q = get(r, identity);
            if (q.status() != RequestStatus.Suspended && q.status() != RequestStatus.AutoSuspended
                    && q.status() != RequestStatus.Failed) {
                throw MigrationErrors.invalidState("The sync request '" + identity + "' can't be resumed because its "
                        + "status is " + q.status() + ". Only suspended or failed requests can be resumed.", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            SyncKind kind = q.nextKind() == SyncKind.Final ? SyncKind.Final
                    : q.initialSyncCompletedAt() == null ? SyncKind.Initial : SyncKind.Incremental;
            r.requests().schedule(q.id(), kind, t.now());
            r.requests().setFailure(q.id(), null);
            r.requests().setSuspendComment(q.id(), null);
            t.request(q.id(), q.status(), RequestStatus.Queued, "Resumed");
            userFollows(r, t, q, kind == SyncKind.Final ? UserStatus.Completing : UserStatus.Queued);
            t.flush();
            return null;
        });
        session.service().wake();
        return get(identity);
    }

    /** Remove-SyncRequest: the request and its report go; a batch user it belonged to is left Stopped. */
    public SyncRequest remove(String identity) {
        SyncRequest removed = session.db().inTransaction(r -> {
            SyncRequest q = get(r, identity);
            StatusTracker t = new StatusTracker(r, session.now());
            if (q.status() != RequestStatus.Completed) userFollows(r, t, q, UserStatus.Stopped);
            r.users().byRequest(q.id()).ifPresent(u -> r.users().setRequest(u.id(), null));
            r.reports().deleteOf(q.id());
            r.events().deleteOf(q.id());
            r.requests().delete(q.id());
            if (q.batchId() != null) BatchRefresher.refresh(r, t, q.batchId());
            t.flush();
            return q;
        });
        session.service().removed(removed.id());
        return removed;
    }

    private static void userFollows(Repositories r, StatusTracker t, SyncRequest q, UserStatus to) {
        if (q.userId() == null) return;
        MigrationUser u = r.users().byId(q.userId()).orElse(null);
        if (u == null || u.status() == to || u.status() == UserStatus.Completed) return;
        if (io.migsh.migration.Lifecycle.allows(u.status(), to)) t.user(u.id(), u.status(), to);
    }
}
