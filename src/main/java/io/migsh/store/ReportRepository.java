package io.migsh.store;

import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.SkippedItem;
import java.util.List;
import java.util.UUID;

/** A request's report lines, failures and skipped items, as the engine reports them. */
public final class ReportRepository {
    private final SqlSession s;

    public ReportRepository(SqlSession s) {
        this.s = s;
    }

    public void add(UUID requestId, ReportEntry e) {
        FailureRecord f = e.failure();
        s.update("INSERT INTO report_entry (request_id, logged_at, message, failure_type, failure_code, failure_side, "
                + "failure_context) VALUES (?, ?, ?, ?, ?, ?, ?)", requestId, e.timestamp(), e.message(),
                f == null ? null : f.failureType(), f == null ? null : f.failureCode(),
                f == null ? null : f.failureSide(), f == null ? null : f.failureContext());
    }

    public List<ReportEntry> entries(UUID requestId) {
        return s.query("SELECT logged_at, message, failure_type, failure_code, failure_side, failure_context "
                + "FROM report_entry WHERE request_id = ? ORDER BY id", r -> {
                    FailureRecord f = r.getString("failure_type") == null ? null : new FailureRecord(
                            r.getTime("logged_at"), r.getString("failure_type"), r.getInt("failure_code"),
                            r.getString("failure_side"), r.getString("failure_context"), r.getString("message"));
                    return new ReportEntry(r.getTime("logged_at"), r.getString("message"), f);
                }, requestId);
    }

    public void addSkipped(UUID requestId, SkippedItem i) {
        s.update("INSERT INTO skipped_item (request_id, kind, folder_name, subject, date_received, date_sent, sender, "
                + "recipient, message_size, failure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", requestId, i.kind(),
                i.folderName(), i.subject(), i.dateReceived(), i.dateSent(), i.sender(), i.recipient(),
                i.messageSize(), i.failure());
    }

    public List<SkippedItem> skipped(UUID requestId, int limit) {
        return s.query("SELECT kind, folder_name, subject, date_received, date_sent, sender, recipient, message_size, "
                + "failure FROM skipped_item WHERE request_id = ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY",
                r -> new SkippedItem(r.getString("kind"), r.getString("folder_name"), r.getString("subject"),
                        r.getTime("date_received"), r.getTime("date_sent"), r.getString("sender"),
                        r.getString("recipient"), r.getLong("message_size"), r.getString("failure")), requestId);
    }

    public void deleteOf(UUID requestId) {
        s.update("DELETE FROM report_entry WHERE request_id = ?", requestId);
        s.update("DELETE FROM skipped_item WHERE request_id = ?", requestId);
    }
}
