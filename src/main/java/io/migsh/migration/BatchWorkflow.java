package io.migsh.migration;

import io.migsh.migration.csv.CsvUser;
import io.migsh.migration.csv.CsvValidator;
import io.migsh.migration.csv.TargetDirectory;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.StatusChange.SubjectKind;
import io.migsh.migration.model.UserStatus;
import io.migsh.store.Repositories;
import io.migsh.store.StoreException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The admin's actions on migration batches (New, Start, Stop, Complete, Set, Remove), each one transaction that
 * checks the batch's status first and gives Exchange's errors. The service then does the syncing.
 */
public final class BatchWorkflow {
    private static final Set<BatchStatus> STARTABLE = EnumSet.of(BatchStatus.Created, BatchStatus.Stopped,
            BatchStatus.Failed, BatchStatus.SyncedWithErrors, BatchStatus.CompletedWithErrors, BatchStatus.Synced,
            BatchStatus.Syncing);
    private static final Set<BatchStatus> STOPPABLE = EnumSet.of(BatchStatus.Syncing, BatchStatus.Synced,
            BatchStatus.SyncedWithErrors, BatchStatus.Completing, BatchStatus.IncrementalSyncing);
    private static final Set<BatchStatus> SYNCABLE = EnumSet.of(BatchStatus.Syncing, BatchStatus.IncrementalSyncing,
            BatchStatus.Synced, BatchStatus.SyncedWithErrors);
    private static final Set<BatchStatus> COMPLETABLE = EnumSet.of(BatchStatus.Synced, BatchStatus.SyncedWithErrors);

    private final MigrationSession session;

    BatchWorkflow(MigrationSession session) {
        this.session = session;
    }

    /** New-MigrationBatch: the whole CSV is validated, then the batch and all its users are written at once. */
    public MigrationBatch create(BatchSpec spec) {
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > MigrationBatch.MAX_NAME_LENGTH) {
            throw MigrationErrors.invalidArgument("The batch name must be 1 to " + MigrationBatch.MAX_NAME_LENGTH
                    + " characters long.", spec.name());
        }
        // Parameters first: a wrong date should not wait for 50,000 rows to be checked.
        checkWindow(spec.options());
        if (spec.csvData() == null) {
            throw MigrationErrors.invalidArgument("An IMAP migration batch needs -CSVData with the users to migrate.",
                    spec.name());
        }
        MigrationBatch created;
        try {
            created = session.db().inTransaction(r -> {
                if (r.batches().byName(spec.name()).isPresent()) {
                    throw MigrationErrors.alreadyExists("migration batch", spec.name());
                }
                MigrationEndpoint endpoint = session.endpoints().get(r, spec.sourceEndpoint());
                UUID id = io.migsh.migration.model.Guids.next();
                List<CsvUser> rows = new CsvValidator(directory(r), spec.options().allowUnknownColumnsInCsv(),
                        CsvValidator.Mode.NewBatch, id).validate(spec.csvData());
                MigrationBatch b = new MigrationBatch(id, spec.name(), BatchStatus.Created, endpoint.id(),
                        spec.options(), session.now(), null, null, null, null, null, spec.submittedBy(), null);
                r.batches().insert(b);
                StatusTracker t = new StatusTracker(r, session.now());
                t.createdBatch(id, BatchStatus.Created, rows.size() == 1 ? "1 user" : rows.size() + " users");
                insertUsers(r, t, b, rows);
                t.flush();
                return b;
            });
        } catch (StoreException e) {
            if (e.isDuplicateKey()) throw MigrationErrors.alreadyExists("migration batch", spec.name());
            throw e;
        }
        if (spec.options().autoStart()) start(created.name());
        return get(created.name());
    }

    private static void checkWindow(BatchOptions o) {
        if (o.startAfter() != null && o.completeAfter() != null && !o.startAfter().isBefore(o.completeAfter())) {
            throw MigrationErrors.invalidArgument("The value of StartAfter must be earlier than the value of "
                    + "CompleteAfter.", o.startAfter());
        }
    }

    private void insertUsers(Repositories r, StatusTracker t, MigrationBatch b, List<CsvUser> rows) {
        List<MigrationUser> users = new ArrayList<>(rows.size());
        for (CsvUser u : rows) {
            String sealed = session.db().secrets().seal(u.password());
            Arrays.fill(u.password(), '\0');
            MigrationUser mu = new MigrationUser(io.migsh.migration.model.Guids.next(), b.id(), u.emailAddress(), u.userName(), sealed,
                    u.userRoot(), UserStatus.Queued, u.mailboxId(), null, null, null, u.row(), t.now());
            users.add(mu);
            t.created(SubjectKind.User, mu.id(), UserStatus.Queued);
        }
        r.users().insertAll(users);
    }

    /** What CSV validation sees of the target, read once (a 50,000-row file makes no 50,000 queries). */
    private static TargetDirectory directory(Repositories r) {
        Map<String, UUID> mailboxes = r.mailboxes().idsByAddress();
        Map<String, UUID> batches = r.users().batchesByAddress();
        Set<UUID> withRequests = r.requests().mailboxesWithRequests();
        return new TargetDirectory() {
            public Optional<UUID> mailbox(String address) {
                return Optional.ofNullable(mailboxes.get(address.toLowerCase(java.util.Locale.ROOT)));
            }

            public Optional<UUID> batchOf(String address) {
                return Optional.ofNullable(batches.get(address.toLowerCase(java.util.Locale.ROOT)));
            }

            public boolean hasSyncRequest(UUID mailboxId) {
                return withRequests.contains(mailboxId);
            }
        };
    }

    public MigrationBatch get(String identity) {
        return session.db().inTransaction(r -> get(r, identity));
    }

    MigrationBatch get(Repositories r, String identity) {
        return Identities.guid(identity).flatMap(g -> r.batches().byId(g)).or(() -> r.batches().byName(identity))
                .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
    }

    /** Get-MigrationBatch: by identity, or all, optionally only one status or one endpoint's batches. */
    public List<MigrationBatch> find(String identity, BatchStatus status, String endpoint) {
        return session.db().inTransaction(r -> {
            List<MigrationBatch> all = identity == null ? r.batches().all() : List.of(get(r, identity));
            UUID endpointId = endpoint == null ? null : session.endpoints().get(r, endpoint).id();
            return all.stream().filter(b -> status == null || b.status() == status)
                    .filter(b -> endpointId == null || endpointId.equals(b.sourceEndpointId())).toList();
        });
    }

    public BatchCounts counts(UUID batchId) {
        return session.db().inTransaction(r -> BatchCounts.of(r.users().countByStatus(batchId)));
    }

    /**
     * Start-MigrationBatch: starts a Created batch, resumes a Stopped one, and retries failed users (Exchange
     * Online allows it at any time for that); a CompletedWithErrors batch retries completion.
     */
    public MigrationBatch start(String identity) {
        session.db().inTransaction(r -> {
            MigrationBatch b = get(r, identity);
            if (!STARTABLE.contains(b.status())) {
                throw MigrationErrors.invalidState("The migration batch '" + b.name() + "' can't be started because "
                        + "its status is " + b.status() + ".", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            BatchStatus target = b.status() == BatchStatus.CompletedWithErrors ? BatchStatus.Completing
                    : BatchStatus.Syncing;
            UserRequests requests = new UserRequests(session, r, t);
            int woken = 0;
            for (MigrationUser u : r.users().inBatch(b.id())) woken += requests.wake(b, u, target) ? 1 : 0;
            requests.flush();
            if (woken > 0 || b.status() == BatchStatus.Created || b.status() == BatchStatus.Stopped) {
                t.batch(b.id(), b.status(), target, null);
                r.batches().markStarted(b.id(), t.now());
            }
            if (BatchRefresher.refresh(r, t, b.id())) completeInside(r, t, get(r, identity), false);
            t.flush();
            return null;
        });
        session.service().wake();
        return get(identity);
    }

    /** Stop-MigrationBatch: users still migrating or waiting stop at once; done or failed users stay as they are. */
    public MigrationBatch stop(String identity) {
        List<UUID> cancelled = new ArrayList<>();
        session.db().inTransaction(r -> {
            MigrationBatch b = get(r, identity);
            if (!STOPPABLE.contains(b.status())) {
                throw MigrationErrors.invalidState("The migration batch '" + b.name() + "' can't be stopped because "
                        + "its status is " + b.status() + ". Only batches with users that are still migrating or "
                        + "waiting can be stopped.", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            UserRequests requests = new UserRequests(session, r, t);
            for (MigrationUser u : r.users().inBatch(b.id())) {
                UUID running = requests.stop(u);
                if (running != null) cancelled.add(running);
            }
            t.batch(b.id(), b.status(), BatchStatus.Stopped, null);
            t.flush();
            return null;
        });
        cancelled.forEach(session.service()::cancel);
        return get(identity);
    }

    /**
     * Complete-MigrationBatch: for Synced or SyncedWithErrors batches; each synced user runs a final incremental
     * sync and is then Completed. Exchange Online records the request as CompleteAfter = now.
     */
    public MigrationBatch complete(String identity, boolean syncAndComplete) {
        session.db().inTransaction(r -> {
            MigrationBatch b = get(r, identity);
            if (!COMPLETABLE.contains(b.status())) {
                throw MigrationErrors.invalidState("The migration batch '" + b.name() + "' can't be completed because "
                        + "its status is " + b.status() + ". A batch can be completed when its status is Synced or "
                        + "SyncedWithErrors.", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            completeInside(r, t, b, syncAndComplete);
            t.flush();
            return null;
        });
        session.service().wake();
        return get(identity);
    }

    void completeInside(Repositories r, StatusTracker t, MigrationBatch b, boolean syncAndComplete) {
        BatchCounts c = BatchCounts.of(r.users().countByStatus(b.id()));
        if (syncAndComplete && (c.failed() > 0 || c.stopped() > 0)) {
            throw MigrationErrors.invalidState("The migration batch '" + b.name() + "' can't be completed with "
                    + "-SyncAndComplete because " + (c.failed() + c.stopped()) + " of its users failed or are "
                    + "stopped. Remove or retry them first.", b.name());
        }
        BatchOptions o = b.options();
        r.batches().updateOptions(b.id(), new BatchOptions(o.excludeFolders(), o.includeFolders(), o.autoStart(),
                o.autoComplete(), o.badItemLimit(), o.largeItemLimit(), o.notificationEmails(), o.startAfter(),
                t.now(), o.allowUnknownColumnsInCsv(), o.timeZone(), o.reportInterval(), o.skipReports()));
        UserRequests requests = new UserRequests(session, r, t);
        for (MigrationUser u : r.users().inBatch(b.id())) requests.finish(u);
        t.batch(b.id(), b.status(), BatchStatus.Completing, null);
        BatchRefresher.refresh(r, t, b.id());
    }

    /** Remove-MigrationBatch: the batch, its users, their sync requests and reports go; running syncs stop. */
    public MigrationBatch remove(String identity) {
        List<UUID> cancelled = new ArrayList<>();
        MigrationBatch removed = session.db().inTransaction(r -> {
            MigrationBatch b = get(r, identity);
            StatusTracker t = new StatusTracker(r, session.now());
            t.batch(b.id(), b.status(), BatchStatus.Removing, null);
            t.flush();
            cancelled.addAll(r.session().query("SELECT id FROM sync_request WHERE batch_id = ?",
                    row -> row.getUuid("id"), b.id()));
            for (String table : List.of("report_entry", "skipped_item")) {
                r.session().update("DELETE FROM " + table + " WHERE request_id IN "
                        + "(SELECT id FROM sync_request WHERE batch_id = ?)", b.id());
            }
            r.session().update("DELETE FROM status_event WHERE subject_id IN (SELECT id FROM sync_request WHERE "
                    + "batch_id = ?) OR subject_id IN (SELECT id FROM migration_user WHERE batch_id = ?) OR "
                    + "subject_id = ?", b.id(), b.id(), b.id());
            r.session().update("DELETE FROM sync_request WHERE batch_id = ?", b.id());
            r.users().deleteBatch(b.id());
            r.batches().delete(b.id());
            return b;
        });
        cancelled.forEach(session.service()::removed);
        return removed;
    }

    /** Remove-MigrationUser: the user leaves its batch with its sync request and report; a running sync stops. */
    public MigrationUser removeUser(String identity) {
        MigrationUser removed = session.db().inTransaction(r -> {
            MigrationUser u = Identities.user(r.users(), identity)
                    .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
            if (u.requestId() != null) {
                r.reports().deleteOf(u.requestId());
                r.events().deleteOf(u.requestId());
                r.requests().delete(u.requestId());
            }
            r.events().deleteOf(u.id());
            r.users().delete(u.id());
            StatusTracker t = new StatusTracker(r, session.now());
            BatchRefresher.refresh(r, t, u.batchId());
            t.flush();
            return u;
        });
        if (removed.requestId() != null) session.service().removed(removed.requestId());
        return removed;
    }

    /** Set-MigrationBatch: new options, users added or their logins updated from a CSV, and -SyncNow. */
    public MigrationBatch update(String identity, BatchOptions options, byte[] csvData, boolean addUsers,
            boolean syncNow) {
        session.db().inTransaction(r -> {
            MigrationBatch b = get(r, identity);
            // A -SyncNow that can wake no one would pass in silence; say why instead.
            if (syncNow && !SYNCABLE.contains(b.status())) {
                throw MigrationErrors.invalidState("The migration batch '" + b.name() + "' can't be synced now "
                        + "because its status is " + b.status() + ". -SyncNow syncs the users of a batch whose status "
                        + "is Syncing, Synced or SyncedWithErrors.", identity);
            }
            StatusTracker t = new StatusTracker(r, session.now());
            if (options != null) {
                checkWindow(options);
                r.batches().updateOptions(b.id(), options);
                r.session().update("UPDATE sync_request SET bad_item_limit = ?, large_item_limit = ?, "
                        + "include_folders = ?, exclude_folders = ? WHERE batch_id = ?",
                        options.badItemLimit().toStored(), options.largeItemLimit().toStored(),
                        String.join("\n", options.includeFolders()), String.join("\n", options.excludeFolders()),
                        b.id());
            }
            MigrationBatch current = get(r, identity);
            if (csvData != null) applyCsv(r, t, current, csvData, addUsers);
            if (syncNow) {
                UserRequests requests = new UserRequests(session, r, t);
                for (MigrationUser u : r.users().inBatch(b.id())) requests.syncNow(u);
            }
            t.flush();
            return null;
        });
        session.service().wake();
        return get(identity);
    }

    private void applyCsv(Repositories r, StatusTracker t, MigrationBatch b, byte[] csvData, boolean addUsers) {
        CsvValidator.Mode mode = addUsers ? CsvValidator.Mode.AddUsers : CsvValidator.Mode.UpdateUsers;
        List<CsvUser> rows = new CsvValidator(directory(r), b.options().allowUnknownColumnsInCsv(), mode, b.id())
                .validate(csvData);
        if (addUsers) {
            insertUsers(r, t, b, rows);
            if (b.status() != BatchStatus.Created) {
                UserRequests requests = new UserRequests(session, r, t);
                for (CsvUser row : rows) requests.wake(b, r.users().byAddress(row.emailAddress()).orElseThrow(),
                        BatchStatus.Syncing);
                requests.flush();
                if (b.status() != BatchStatus.Syncing) t.batch(b.id(), b.status(), BatchStatus.Syncing, null);
            }
            return;
        }
        for (CsvUser row : rows) {
            MigrationUser u = r.users().byAddress(row.emailAddress()).orElseThrow();
            String sealed = session.db().secrets().seal(row.password());
            Arrays.fill(row.password(), '\0');
            r.users().updateLogin(u.id(), row.userName(), sealed, row.userRoot());
            if (u.requestId() != null) {
                r.session().update("UPDATE sync_request SET user_name = ?, password_secret = ?, user_root = ? "
                        + "WHERE id = ?", row.userName(), sealed, row.userRoot(), u.requestId());
            }
        }
    }
}
