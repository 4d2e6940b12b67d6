package io.migsh.store;

import io.migsh.migration.model.StatusChange;
import java.util.List;
import java.util.UUID;

/** The status history of batches, users and requests (the -DiagnosticInfo timeline). */
public final class StatusEventRepository {
    private final SqlSession s;

    public StatusEventRepository(SqlSession s) {
        this.s = s;
    }

    public void record(StatusChange c) {
        s.update("INSERT INTO status_event (subject_kind, subject_id, from_status, to_status, changed_at, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", c.subjectKind(), c.subjectId(), c.fromStatus(), c.toStatus(), c.at(),
                c.detail());
    }

    public void recordAll(List<StatusChange> changes) {
        List<Object[]> rows = new java.util.ArrayList<>(changes.size());
        for (StatusChange c : changes) {
            rows.add(new Object[] {c.subjectKind().name(), c.subjectId(), c.fromStatus(), c.toStatus(), c.at(),
                c.detail()});
        }
        s.batch("INSERT INTO status_event (subject_kind, subject_id, from_status, to_status, changed_at, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    public List<StatusChange> of(UUID subjectId) {
        return s.query("SELECT subject_kind, subject_id, from_status, to_status, changed_at, detail FROM status_event "
                + "WHERE subject_id = ? ORDER BY id", r -> new StatusChange(
                        r.getEnum("subject_kind", StatusChange.SubjectKind.class), r.getUuid("subject_id"),
                        r.getString("from_status"), r.getString("to_status"), r.getTime("changed_at"),
                        r.getString("detail")), subjectId);
    }

    public void deleteOf(UUID subjectId) {
        s.update("DELETE FROM status_event WHERE subject_id = ?", subjectId);
    }
}
