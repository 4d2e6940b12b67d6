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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sync journal in the state store's database, in plain SQL that runs on H2 and PostgreSQL (tables from
 * db/migration/V100__sync_journal.sql). Each call borrows a connection from the source and closes it, so give it a
 * pool or a fresh-connection factory; every write is one transaction.
 */
public final class JdbcSyncJournal implements SyncJournal {
    /** Where connections come from, e.g. {@code dataSource::getConnection}. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection get() throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private static final String MESSAGE_COLUMNS = "source_uid, state, size_bytes, internal_date, message_id, headers, "
            + "unique_name, append_mark, target_ref, flags";

    private final ConnectionSource connections;

    public JdbcSyncJournal(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Optional<FolderCheckpoint> checkpoint(String mailbox, String sourceFolder) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source_folder, target_folder, uid_validity, "
                    + "highest_uid, highest_modseq FROM sync_folder WHERE mailbox_key = ? AND source_folder = ?")) {
                ps.setString(1, mailbox);
                ps.setString(2, sourceFolder);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(checkpointOf(rs)) : Optional.<FolderCheckpoint>empty();
                }
            }
        });
    }

    @Override
    public List<FolderCheckpoint> checkpoints(String mailbox) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT source_folder, target_folder, uid_validity, "
                    + "highest_uid, highest_modseq FROM sync_folder WHERE mailbox_key = ? ORDER BY source_folder")) {
                ps.setString(1, mailbox);
                List<FolderCheckpoint> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(checkpointOf(rs));
                }
                return out;
            }
        });
    }

    private static FolderCheckpoint checkpointOf(ResultSet rs) throws SQLException {
        return new FolderCheckpoint(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }

    @Override
    public void saveCheckpoint(String mailbox, FolderCheckpoint cp) {
        write(c -> {
            long id = folderId(c, mailbox, cp.sourceFolder(), cp.uidValidity());
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_folder SET target_folder = ?, uid_validity = ?, "
                    + "highest_uid = ?, highest_modseq = ?, updated_at = ? WHERE folder_id = ?")) {
                ps.setString(1, cp.targetFolder());
                ps.setLong(2, cp.uidValidity());
                ps.setLong(3, cp.highestUid());
                ps.setLong(4, cp.highestModSeq());
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<MessageRecord> messages(String mailbox, String sourceFolder, long uidValidity, long aboveUid) {
        return read(c -> {
            Long id = existingFolderId(c, mailbox, sourceFolder);
            if (id == null) return List.of();
            TreeMap<Long, MessageRecord> byUid = new TreeMap<>();
            String base = "SELECT " + MESSAGE_COLUMNS + " FROM sync_message WHERE folder_id = ? AND uid_validity = ? ";
            try (PreparedStatement ps = c.prepareStatement(base + "AND source_uid > ?")) {
                ps.setLong(1, id);
                ps.setLong(2, uidValidity);
                ps.setLong(3, aboveUid);
                collect(ps, byUid);
            }
            try (PreparedStatement ps = c.prepareStatement(base + "AND state IN ('INTENT', 'LARGE', 'BAD')")) {
                ps.setLong(1, id);
                ps.setLong(2, uidValidity);
                collect(ps, byUid);
            }
            return new ArrayList<>(byUid.values());
        });
    }

    @Override
    public Map<Long, MessageRecord> copied(String mailbox, String sourceFolder, long uidValidity,
                                           Collection<Long> uids) {
        return read(c -> {
            Long id = existingFolderId(c, mailbox, sourceFolder);
            Map<Long, MessageRecord> out = new HashMap<>();
            if (id == null || uids.isEmpty()) return out;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM sync_message "
                    + "WHERE folder_id = ? AND uid_validity = ? AND source_uid = ? AND state = 'COPIED'")) {
                for (long uid : uids) {
                    ps.setLong(1, id);
                    ps.setLong(2, uidValidity);
                    ps.setLong(3, uid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.put(uid, recordOf(rs));
                    }
                }
            }
            return out;
        });
    }

    private static void collect(PreparedStatement ps, Map<Long, MessageRecord> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                MessageRecord r = recordOf(rs);
                into.put(r.uid(), r);
            }
        }
    }

    private static MessageRecord recordOf(ResultSet rs) throws SQLException {
        long date = rs.getLong(4);
        Instant internalDate = rs.wasNull() ? null : Instant.ofEpochMilli(date);
        String flags = rs.getString(10);
        return new MessageRecord(rs.getLong(1), MessageState.valueOf(rs.getString(2)), rs.getLong(3), internalDate,
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                flags == null ? MessageFlags.NONE : MessageFlags.parse(flags));
    }

    @Override
    public void recordIntents(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> intents) {
        List<MessageRecord> rows = new ArrayList<>(intents.size());
        intents.forEach(r -> rows.add(r.withResult(MessageState.INTENT, r.targetRef())));
        if (rows.isEmpty()) return;
        write(c -> {
            long id = folderId(c, mailbox, sourceFolder, uidValidity);
            // New messages have no row yet: a plain INSERT is the common case; an earlier row (an unconfirmed
            // intent, a large item that now fits) is replaced.
            List<MessageRecord> missing = update(c, id, uidValidity, rows);
            insert(c, id, uidValidity, missing);
            return null;
        });
    }

    @Override
    public void recordResults(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> results) {
        if (results.isEmpty()) return;
        write(c -> {
            long id = folderId(c, mailbox, sourceFolder, uidValidity);
            List<MessageRecord> missing = update(c, id, uidValidity, results);
            insert(c, id, uidValidity, missing);
            return null;
        });
    }

    /** Updates the rows that exist; returns the records that had no row. */
    private static List<MessageRecord> update(Connection c, long folderId, long uidValidity, List<MessageRecord> rows)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE sync_message SET state = ?, size_bytes = ?, "
                + "internal_date = ?, message_id = ?, headers = ?, unique_name = ?, append_mark = ?, target_ref = ?, "
                + "flags = ?, updated_at = ? WHERE folder_id = ? AND uid_validity = ? AND source_uid = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (MessageRecord r : rows) {
                up.setString(1, r.state().name());
                up.setLong(2, r.size());
                if (r.internalDate() == null) up.setNull(3, Types.BIGINT);
                else up.setLong(3, r.internalDate().toEpochMilli());
                up.setString(4, cut(r.messageId(), 1000));
                up.setString(5, cut(r.headers(), 2000));
                up.setString(6, r.uniqueName());
                up.setString(7, r.appendMark());
                up.setString(8, r.targetRef());
                up.setString(9, r.flags() == null ? null : cut(r.flags().toString(), 2000));
                up.setTimestamp(10, now);
                up.setLong(11, folderId);
                up.setLong(12, uidValidity);
                up.setLong(13, r.uid());
                up.addBatch();
            }
            int[] counts = up.executeBatch();
            List<MessageRecord> missing = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) missing.add(rows.get(i));
            }
            return missing;
        }
    }

    private static void insert(Connection c, long folderId, long uidValidity, List<MessageRecord> rows)
            throws SQLException {
        if (rows.isEmpty()) return;
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_message (folder_id, uid_validity, "
                + MESSAGE_COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (MessageRecord r : rows) {
                ins.setLong(1, folderId);
                ins.setLong(2, uidValidity);
                ins.setLong(3, r.uid());
                ins.setString(4, r.state().name());
                ins.setLong(5, r.size());
                if (r.internalDate() == null) ins.setNull(6, Types.BIGINT);
                else ins.setLong(6, r.internalDate().toEpochMilli());
                ins.setString(7, cut(r.messageId(), 1000));
                ins.setString(8, cut(r.headers(), 2000));
                ins.setString(9, r.uniqueName());
                ins.setString(10, r.appendMark());
                ins.setString(11, r.targetRef());
                ins.setString(12, r.flags() == null ? null : cut(r.flags().toString(), 2000));
                ins.setTimestamp(13, now);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    @Override
    public void renumber(String mailbox, String sourceFolder, long oldUidValidity, long newUidValidity,
                         Map<Long, Long> newUids) {
        write(c -> {
            Long id = existingFolderId(c, mailbox, sourceFolder);
            if (id == null) return null;
            List<MessageRecord> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS
                    + " FROM sync_message WHERE folder_id = ? AND uid_validity = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, oldUidValidity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        MessageRecord r = recordOf(rs);
                        Long uid = newUids.get(r.uid());
                        if (uid != null) moved.add(r.withUid(uid));
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM sync_message WHERE folder_id = ? AND uid_validity IN (?, ?)")) {
                del.setLong(1, id);
                del.setLong(2, oldUidValidity);
                del.setLong(3, newUidValidity);
                del.executeUpdate();
            }
            insert(c, id, newUidValidity, moved);
            return null;
        });
    }

    @Override
    public void forget(String mailbox) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_message WHERE folder_id IN "
                    + "(SELECT folder_id FROM sync_folder WHERE mailbox_key = ?)")) {
                ps.setString(1, mailbox);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_folder WHERE mailbox_key = ?")) {
                ps.setString(1, mailbox);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Long existingFolderId(Connection c, String mailbox, String sourceFolder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT folder_id FROM sync_folder WHERE mailbox_key = ? AND source_folder = ?")) {
            ps.setString(1, mailbox);
            ps.setString(2, sourceFolder);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The folder's id, creating its row (with an empty checkpoint) on first use. */
    private static long folderId(Connection c, String mailbox, String sourceFolder, long uidValidity)
            throws SQLException {
        Long id = existingFolderId(c, mailbox, sourceFolder);
        if (id != null) return id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_folder (mailbox_key, source_folder, "
                + "uid_validity, highest_uid, highest_modseq, updated_at) VALUES (?, ?, ?, 0, 0, ?)",
                new String[] {"folder_id"})) {
            ps.setString(1, mailbox);
            ps.setString(2, sourceFolder);
            ps.setLong(3, uidValidity);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (keys.next()) return keys.getLong(1);
            }
        }
        Long created = existingFolderId(c, mailbox, sourceFolder);
        if (created == null) throw new SQLException("sync_folder row was not created for " + sourceFolder);
        return created;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private <T> T read(Work<T> work) {
        try (Connection c = connections.get()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new SyncJournalException("The sync journal could not be read: " + e.getMessage(), e);
        }
    }

    private <T> T write(Work<T> work) {
        try (Connection c = connections.get()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new SyncJournalException("The sync journal could not be written: " + e.getMessage(), e);
        }
    }
}
