package io.migsh.imap;

import io.migsh.target.MessageFlags;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The row-level SQL of {@link JdbcSyncJournal}: message rows and intent rows. */
final class JournalTables {
    static final String MESSAGE_COLUMNS = "source_uid, state, size_bytes, internal_date, message_id, headers, "
            + "unique_name, append_mark, target_ref, flags";
    /** Rows of one multi-row INSERT; the longest intent text in one sync_intent row. */
    static final int INSERT_CHUNK = 100;
    static final int INTENT_TEXT_MAX = 900_000;

    private JournalTables() {
    }

    static void collect(PreparedStatement ps, Map<Long, MessageRecord> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MessageRecord r = recordOf(rs);
                into.put(r.uid(), r);
            }
        }
    }

    static MessageRecord recordOf(ResultSet rs) throws SQLException {
        long date = rs.getLong(4);
        Instant internalDate = rs.wasNull() ? null : Instant.ofEpochMilli(date);
        String flags = rs.getString(10);
        return new MessageRecord(rs.getLong(1), MessageState.valueOf(rs.getString(2)), rs.getLong(3), internalDate,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                flags == null ? MessageFlags.NONE : MessageFlags.parse(flags));
    }

    static void addIntentRow(PreparedStatement ins, long folderId, long uidValidity, String text)
            throws SQLException {
        ins.setLong(1, folderId);
        ins.setLong(2, uidValidity);
        ins.setString(3, text);
        ins.setTimestamp(4, Timestamp.from(Instant.now()));
        ins.addBatch();
    }

    /** An intent row and the records it holds. */
    record Intent(long id, List<MessageRecord> records) {
    }

    static List<Intent> intents(Connection c, long folderId, long uidValidity) throws SQLException {
        List<Intent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT intent_id, messages FROM sync_intent "
                + "WHERE folder_id = ? AND uid_validity = ? ORDER BY intent_id")) {
            ps.setLong(1, folderId);
            ps.setLong(2, uidValidity);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Intent(rs.getLong(1), IntentCodec.decode(rs.getString(2))));
            }
        }
        return out;
    }

    /** Takes the UIDs that now have results out of the intent rows; a row left empty is deleted. */
    static void resolveIntents(Connection c, long folderId, long uidValidity, List<MessageRecord> results)
            throws SQLException {
        Set<Long> resolved = new HashSet<>();
        results.forEach(r -> resolved.add(r.uid()));
        for (Intent intent : intents(c, folderId, uidValidity)) {
            List<MessageRecord> left = new ArrayList<>();
            for (MessageRecord r : intent.records()) {
                if (!resolved.contains(r.uid())) left.add(r);
            }
            if (left.size() == intent.records().size()) continue;
            String sql = left.isEmpty() ? "DELETE FROM sync_intent WHERE intent_id = ?"
                    : "UPDATE sync_intent SET messages = ? WHERE intent_id = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!left.isEmpty()) ps.setString(i++, IntentCodec.encode(left));
                ps.setLong(i, intent.id());
                ps.executeUpdate();
            }
        }
    }

    /** Deletes and re-inserts rows, the upsert that H2 and PostgreSQL share. */
    static void replace(Connection c, long folderId, long uidValidity, List<MessageRecord> rows)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM sync_message WHERE folder_id = ? AND uid_validity = ? AND source_uid = ?")) {
            for (MessageRecord r : rows) {
                del.setLong(1, folderId);
                del.setLong(2, uidValidity);
                del.setLong(3, r.uid());
                del.addBatch();
            }
            del.executeBatch();
        }
        insert(c, folderId, uidValidity, rows);
    }

    /** Inserts rows with multi-row INSERT statements of up to INSERT_CHUNK rows. */
    static void insert(Connection c, long folderId, long uidValidity, List<MessageRecord> rows)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            List<MessageRecord> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO sync_message (folder_id, uid_validity, "
                    + MESSAGE_COLUMNS + ", updated_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            try (PreparedStatement ins = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (MessageRecord r : chunk) {
                    ins.setLong(p++, folderId);
                    ins.setLong(p++, uidValidity);
                    ins.setLong(p++, r.uid());
                    ins.setString(p++, r.state().name());
                    ins.setLong(p++, r.size());
                    if (r.internalDate() == null) ins.setNull(p++, Types.BIGINT);
                    else ins.setLong(p++, r.internalDate().toEpochMilli());
                    ins.setString(p++, cut(r.messageId(), 1000));
                    ins.setString(p++, cut(r.headers(), 2000));
                    ins.setString(p++, r.uniqueName());
                    ins.setString(p++, r.appendMark());
                    ins.setString(p++, r.targetRef());
                    ins.setString(p++, r.flags() == null ? null : cut(r.flags().toString(), 2000));
                    ins.setTimestamp(p++, now);
                }
                ins.executeUpdate();
            }
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
