package io.migsh.store;

import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SourceLogin;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncOptions;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.Unlimited;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sync requests: settings, schedule, counters and the last failure. A worker claims a request with a conditional
 * UPDATE (status Queued to InProgress with its id and a lease), so two workers never run the same request.
 */
public final class SyncRequestRepository {
    private static final String COLUMNS = "id, name, mailbox_id, batch_id, user_id, endpoint_id, status, next_kind, "
            + "remote_server, remote_port, security, authentication, accept_untrusted, user_name, remote_email, "
            + "password_secret, user_root, include_folders, exclude_folders, target_root_folder, bad_item_limit, "
            + "large_item_limit, interval_s, start_after, complete_after, suspend_comment, next_sync_at, created_at, "
            + "last_update_at, completed_at, initial_sync_done_at, items_synced, items_skipped, bytes_transferred, "
            + "total_items_in_source, estimated_size, estimated_count, bad_items, large_items, percent_complete, "
            + "failure_at, failure_type, failure_code, failure_side, failure_context, failure_message";
    private static final String INSERT = "INSERT INTO sync_request (id, name, name_key, mailbox_id, batch_id, "
            + "user_id, endpoint_id, status, next_kind, remote_server, remote_port, security, authentication, "
            + "accept_untrusted, user_name, remote_email, password_secret, user_root, include_folders, "
            + "exclude_folders, target_root_folder, bad_item_limit, large_item_limit, interval_s, start_after, "
            + "complete_after, suspend_comment, next_sync_at, created_at, last_update_at, items_synced, "
            + "items_skipped, bytes_transferred, total_items_in_source, estimated_size, estimated_count, bad_items, "
            + "large_items, percent_complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0)";
    private final SqlSession s;

    public SyncRequestRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(SyncRequest r) {
        s.update(INSERT, row(r));
    }

    public void insertAll(List<SyncRequest> requests) {
        List<Object[]> rows = new ArrayList<>(requests.size());
        for (SyncRequest r : requests) rows.add(row(r));
        s.batch(INSERT, rows);
    }

    private static Object[] row(SyncRequest r) {
        ImapServerSettings srv = r.server();
        SyncOptions o = r.options();
        return new Object[] {r.id(), r.name(), Columns.key(r.name()), r.mailboxId(), r.batchId(), r.userId(),
            r.endpointId(), r.status().name(), r.nextKind().name(), srv.host(), srv.port(), srv.security().name(),
            srv.authentication().name(), srv.acceptUntrustedCertificates(), r.login().userName(),
            r.login().remoteEmailAddress(), r.login().passwordSecret(), r.login().userRoot(),
            Columns.lines(o.includeFolders()), Columns.lines(o.excludeFolders()), o.targetRootFolder(),
            o.badItemLimit().toStored(), o.largeItemLimit().toStored(), Columns.seconds(o.incrementalSyncInterval()),
            o.startAfter(), o.completeAfter(), r.suspendComment(), r.nextSyncAt(), r.createdAt(), r.lastUpdateAt()};
    }

    public Optional<SyncRequest> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM sync_request WHERE id = ?", this::map, id);
    }

    public Optional<SyncRequest> byMailboxAndName(UUID mailboxId, String name) {
        return s.one("SELECT " + COLUMNS + " FROM sync_request WHERE mailbox_id = ? AND name_key = ?", this::map,
                mailboxId, Columns.key(name));
    }

    public List<SyncRequest> byMailbox(UUID mailboxId) {
        return s.query("SELECT " + COLUMNS + " FROM sync_request WHERE mailbox_id = ? ORDER BY created_at", this::map,
                mailboxId);
    }

    public List<SyncRequest> byName(String name) {
        return s.query("SELECT " + COLUMNS + " FROM sync_request WHERE name_key = ? ORDER BY created_at", this::map,
                Columns.key(name));
    }

    public List<SyncRequest> inBatch(UUID batchId) {
        return s.query("SELECT " + COLUMNS + " FROM sync_request WHERE batch_id = ?", this::map, batchId);
    }

    public List<SyncRequest> all() {
        return s.query("SELECT " + COLUMNS + " FROM sync_request ORDER BY created_at, name_key", this::map);
    }

    /** Queued requests whose time has come, oldest first. */
    public List<SyncRequest> due(OffsetDateTime now, int limit) {
        return s.query("SELECT " + COLUMNS + " FROM sync_request WHERE status = 'Queued' AND (next_sync_at IS NULL "
                + "OR next_sync_at <= ?) AND (start_after IS NULL OR start_after <= ?) ORDER BY next_sync_at, "
                + "created_at FETCH FIRST " + limit + " ROWS ONLY", this::map, now, now);
    }

    /** Synced requests whose next incremental sync is due: they go back to Queued. */
    public List<UUID> incrementalsDue(OffsetDateTime now) {
        return s.query("SELECT id FROM sync_request WHERE status = 'Synced' AND next_sync_at <= ?",
                r -> r.getUuid("id"), now);
    }

    /** Requests claimed by a worker whose lease ran out (the process died): they go back to Queued. */
    public List<UUID> expiredLeases(OffsetDateTime now) {
        return s.query("SELECT id FROM sync_request WHERE status = 'InProgress' AND lease_until < ?",
                r -> r.getUuid("id"), now);
    }

    public long countRunning(UUID endpointId, boolean initial) {
        String kind = initial ? "next_kind = 'Initial'" : "next_kind <> 'Initial'";
        return endpointId == null
                ? s.count("SELECT COUNT(*) FROM sync_request WHERE status = 'InProgress' AND endpoint_id IS NULL")
                : s.count("SELECT COUNT(*) FROM sync_request WHERE status = 'InProgress' AND endpoint_id = ? AND "
                        + kind, endpointId);
    }

    /** Takes a Queued request for a worker; false when another worker was first. */
    public boolean claim(UUID id, String owner, OffsetDateTime now, OffsetDateTime leaseUntil) {
        return s.update("UPDATE sync_request SET status = 'InProgress', claimed_by = ?, lease_until = ?, "
                + "last_update_at = ? WHERE id = ? AND status = 'Queued'", owner, leaseUntil, now, id) == 1;
    }

    public void renewLease(UUID id, String owner, OffsetDateTime leaseUntil) {
        s.update("UPDATE sync_request SET lease_until = ? WHERE id = ? AND claimed_by = ?", leaseUntil, id, owner);
    }

    public void setStatus(UUID id, RequestStatus status, OffsetDateTime now) {
        s.update("UPDATE sync_request SET status = ?, last_update_at = ?, claimed_by = CASE WHEN ? = 'InProgress' "
                + "THEN claimed_by ELSE NULL END WHERE id = ?", status, now, status.name(), id);
    }

    public void schedule(UUID id, SyncKind kind, OffsetDateTime nextSyncAt) {
        s.update("UPDATE sync_request SET next_kind = ?, next_sync_at = ? WHERE id = ?", kind, nextSyncAt, id);
    }

    public void setSuspendComment(UUID id, String comment) {
        s.update("UPDATE sync_request SET suspend_comment = ? WHERE id = ?", comment, id);
    }

    public void markInitialSyncDone(UUID id, OffsetDateTime at) {
        s.update("UPDATE sync_request SET initial_sync_done_at = COALESCE(initial_sync_done_at, ?) WHERE id = ?", at,
                id);
    }

    public void markCompleted(UUID id, OffsetDateTime at) {
        s.update("UPDATE sync_request SET completed_at = ? WHERE id = ?", at, id);
    }

    public void updateCounters(UUID id, SyncCounters c, OffsetDateTime now) {
        s.update("UPDATE sync_request SET items_synced = ?, items_skipped = ?, bytes_transferred = ?, "
                + "total_items_in_source = ?, estimated_size = ?, estimated_count = ?, bad_items = ?, large_items = ?, "
                + "percent_complete = ?, last_update_at = ? WHERE id = ?", c.itemsSynced(), c.itemsSkipped(),
                c.bytesTransferred(), c.totalItemsInSource(), c.estimatedTransferSize(), c.estimatedTransferCount(),
                c.badItemsEncountered(), c.largeItemsEncountered(), c.percentComplete(), now, id);
    }

    public void setFailure(UUID id, FailureRecord f) {
        s.update("UPDATE sync_request SET failure_at = ?, failure_type = ?, failure_code = ?, failure_side = ?, "
                + "failure_context = ?, failure_message = ? WHERE id = ?", f == null ? null : f.timestamp(),
                f == null ? null : f.failureType(), f == null ? null : f.failureCode(),
                f == null ? null : f.failureSide(), f == null ? null : f.failureContext(),
                f == null ? null : f.message(), id);
    }

    /** Set-SyncRequest: the source, login and options a later sync uses. */
    public void updateSettings(UUID id, ImapServerSettings srv, SourceLogin login, SyncOptions o) {
        s.update("UPDATE sync_request SET remote_server = ?, remote_port = ?, security = ?, authentication = ?, "
                + "accept_untrusted = ?, user_name = ?, remote_email = ?, password_secret = ?, user_root = ?, "
                + "include_folders = ?, exclude_folders = ?, target_root_folder = ?, bad_item_limit = ?, "
                + "large_item_limit = ?, interval_s = ?, start_after = ?, complete_after = ? WHERE id = ?",
                srv.host(), srv.port(), srv.security(), srv.authentication(), srv.acceptUntrustedCertificates(),
                login.userName(), login.remoteEmailAddress(), login.passwordSecret(), login.userRoot(),
                Columns.lines(o.includeFolders()), Columns.lines(o.excludeFolders()), o.targetRootFolder(),
                o.badItemLimit().toStored(), o.largeItemLimit().toStored(),
                Columns.seconds(o.incrementalSyncInterval()), o.startAfter(), o.completeAfter(), id);
    }

    public void delete(UUID id) {
        s.update("DELETE FROM sync_request WHERE id = ?", id);
    }

    public long countForMailbox(UUID mailboxId) {
        return s.count("SELECT COUNT(*) FROM sync_request WHERE mailbox_id = ?", mailboxId);
    }

    /** Mailbox ids that have any sync request, for validating a large CSV in one read. */
    public java.util.Set<UUID> mailboxesWithRequests() {
        return new java.util.HashSet<>(s.query("SELECT DISTINCT mailbox_id FROM sync_request",
                r -> r.getUuid("mailbox_id")));
    }

    private SyncRequest map(SqlSession.Row r) throws SQLException {
        ImapServerSettings server = new ImapServerSettings(r.getString("remote_server"), r.getInt("remote_port"),
                r.getEnum("security", ImapSecurity.class), r.getEnum("authentication", AuthenticationMethod.class),
                r.getBoolean("accept_untrusted"));
        SourceLogin login = new SourceLogin(r.getString("user_name"), r.getString("remote_email"),
                r.getString("password_secret"), r.getString("user_root"));
        SyncOptions options = new SyncOptions(Columns.lines(r.getString("include_folders")),
                Columns.lines(r.getString("exclude_folders")), r.getString("target_root_folder"),
                Unlimited.fromStored(r.getInt("bad_item_limit")), Unlimited.fromStored(r.getInt("large_item_limit")),
                Columns.seconds(r.getLongOrNull("interval_s")), r.getTime("start_after"), r.getTime("complete_after"));
        SyncCounters counters = new SyncCounters(r.getLong("items_synced"), r.getLong("items_skipped"),
                r.getLong("bytes_transferred"), r.getLong("total_items_in_source"), r.getLong("estimated_size"),
                r.getLong("estimated_count"), r.getInt("bad_items"), r.getInt("large_items"),
                r.getInt("percent_complete"));
        FailureRecord failure = r.getString("failure_type") == null ? null : new FailureRecord(
                r.getTime("failure_at"), r.getString("failure_type"), r.getInt("failure_code"),
                r.getString("failure_side"), r.getString("failure_context"), r.getString("failure_message"));
        return new SyncRequest(r.getUuid("id"), r.getString("name"), r.getUuid("mailbox_id"), r.getUuid("batch_id"),
                r.getUuid("user_id"), r.getUuid("endpoint_id"), r.getEnum("status", RequestStatus.class),
                r.getEnum("next_kind", SyncKind.class), server, login, options, r.getString("suspend_comment"),
                r.getTime("next_sync_at"), r.getTime("created_at"), r.getTime("last_update_at"),
                r.getTime("completed_at"), r.getTime("initial_sync_done_at"), counters, failure);
    }
}
