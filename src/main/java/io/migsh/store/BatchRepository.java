package io.migsh.store;

import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.Unlimited;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Migration batches. Status changes go through {@link #setStatus} so the caller records them in the timeline. */
public final class BatchRepository {
    private static final String COLUMNS = "id, name, status, source_endpoint_id, exclude_folders, include_folders, "
            + "auto_start, auto_complete, bad_item_limit, large_item_limit, notification_emails, start_after, "
            + "complete_after, allow_unknown_columns, time_zone, report_interval_s, skip_reports, created_at, "
            + "started_at, initial_sync_at, initial_sync_s, last_synced_at, finalized_at, submitted_by, message";
    private final SqlSession s;

    public BatchRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(MigrationBatch b) {
        BatchOptions o = b.options();
        s.update("INSERT INTO migration_batch (id, name, name_key, status, source_endpoint_id, exclude_folders, "
                + "include_folders, auto_start, auto_complete, bad_item_limit, large_item_limit, notification_emails, "
                + "start_after, complete_after, allow_unknown_columns, time_zone, report_interval_s, skip_reports, "
                + "created_at, submitted_by, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", b.id(), b.name(), Columns.key(b.name()), b.status(), b.sourceEndpointId(),
                Columns.lines(o.excludeFolders()), Columns.lines(o.includeFolders()), o.autoStart(), o.autoComplete(),
                o.badItemLimit().toStored(), o.largeItemLimit().toStored(), Columns.lines(o.notificationEmails()),
                o.startAfter(), o.completeAfter(), o.allowUnknownColumnsInCsv(), o.timeZone(),
                Columns.seconds(o.reportInterval()), o.skipReports(), b.createdAt(), b.submittedBy(), b.message());
    }

    public void updateOptions(UUID id, BatchOptions o) {
        s.update("UPDATE migration_batch SET exclude_folders = ?, include_folders = ?, auto_start = ?, "
                + "auto_complete = ?, bad_item_limit = ?, large_item_limit = ?, notification_emails = ?, "
                + "start_after = ?, complete_after = ?, allow_unknown_columns = ?, time_zone = ?, "
                + "report_interval_s = ?, skip_reports = ? WHERE id = ?", Columns.lines(o.excludeFolders()),
                Columns.lines(o.includeFolders()), o.autoStart(), o.autoComplete(), o.badItemLimit().toStored(),
                o.largeItemLimit().toStored(), Columns.lines(o.notificationEmails()), o.startAfter(),
                o.completeAfter(), o.allowUnknownColumnsInCsv(), o.timeZone(), Columns.seconds(o.reportInterval()),
                o.skipReports(), id);
    }

    /**
     * Moves the batch from {@code from} to {@code to}; false when another transaction moved it first (the row is
     * re-read under its lock, so two passes that saw the same status cannot both move it).
     */
    public boolean setStatus(UUID id, BatchStatus from, BatchStatus to, String message) {
        return s.update("UPDATE migration_batch SET status = ?, message = ? WHERE id = ? AND status = ?", to, message,
                id, from) == 1;
    }

    public void markStarted(UUID id, OffsetDateTime at) {
        s.update("UPDATE migration_batch SET started_at = COALESCE(started_at, ?) WHERE id = ?", at, id);
    }

    public void markInitialSync(UUID id, OffsetDateTime at, Duration took) {
        s.update("UPDATE migration_batch SET initial_sync_at = ?, initial_sync_s = ? WHERE id = ? "
                + "AND initial_sync_at IS NULL", at, Columns.seconds(took), id);
    }

    public void markLastSynced(UUID id, OffsetDateTime at) {
        s.update("UPDATE migration_batch SET last_synced_at = ? WHERE id = ?", at, id);
    }

    public void markFinalized(UUID id, OffsetDateTime at) {
        s.update("UPDATE migration_batch SET finalized_at = ? WHERE id = ?", at, id);
    }

    public void delete(UUID id) {
        s.update("DELETE FROM migration_batch WHERE id = ?", id);
    }

    public List<MigrationBatch> all() {
        return s.query("SELECT " + COLUMNS + " FROM migration_batch ORDER BY created_at, name_key", this::map);
    }

    public Optional<MigrationBatch> byName(String name) {
        return s.one("SELECT " + COLUMNS + " FROM migration_batch WHERE name_key = ?", this::map, Columns.key(name));
    }

    public Optional<MigrationBatch> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM migration_batch WHERE id = ?", this::map, id);
    }

    public long countForEndpoint(UUID endpointId) {
        return s.count("SELECT COUNT(*) FROM migration_batch WHERE source_endpoint_id = ?", endpointId);
    }

    private MigrationBatch map(SqlSession.Row r) throws SQLException {
        BatchOptions o = new BatchOptions(Columns.lines(r.getString("exclude_folders")),
                Columns.lines(r.getString("include_folders")), r.getBoolean("auto_start"),
                r.getBoolean("auto_complete"), Unlimited.fromStored(r.getInt("bad_item_limit")),
                Unlimited.fromStored(r.getInt("large_item_limit")), Columns.lines(r.getString("notification_emails")),
                r.getTime("start_after"), r.getTime("complete_after"), r.getBoolean("allow_unknown_columns"),
                r.getString("time_zone"), Columns.seconds(r.getLongOrNull("report_interval_s")),
                r.getBoolean("skip_reports"));
        return new MigrationBatch(r.getUuid("id"), r.getString("name"), r.getEnum("status", BatchStatus.class),
                r.getUuid("source_endpoint_id"), o, r.getTime("created_at"), r.getTime("started_at"),
                r.getTime("initial_sync_at"), Columns.seconds(r.getLongOrNull("initial_sync_s")),
                r.getTime("last_synced_at"), r.getTime("finalized_at"), r.getString("submitted_by"),
                r.getString("message"));
    }
}
