package io.migsh.imap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

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


    private final ConnectionSource connections;
    private volatile boolean durabilityChecked;
    /** mailbox + NUL + folder → folder_id; ids never change while the row exists. */
    private final Map<String, Long> folderIds = new ConcurrentHashMap<>();

    public JdbcSyncJournal(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Optional<FolderCheckpoint> checkpoint(String mailbox, String sourceFolder) {
        return read(c -> {
            // The folder's id comes along and is cached (a read sees committed rows only): the pass's next journal
            // call then needs no query of its own to find the folder.
            try (PreparedStatement ps = c.prepareStatement("SELECT source_folder, target_folder, uid_validity, "
                    + "highest_uid, highest_modseq, folder_id FROM sync_folder WHERE mailbox_key = ? "
                    + "AND source_folder = ?")) {
                ps.setString(1, mailbox);
                ps.setString(2, sourceFolder);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<FolderCheckpoint>empty();
                    folderIds.put(mailbox + "\u0000" + sourceFolder, rs.getLong(6));
                    return Optional.of(checkpointOf(rs));
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
            Long id = readFolderId(c, mailbox, sourceFolder);
            if (id == null) return List.of();
            TreeMap<Long, MessageRecord> byUid = new TreeMap<>();
            String base = "SELECT " + JournalTables.MESSAGE_COLUMNS + " FROM sync_message WHERE folder_id = ? AND uid_validity = ? ";
            try (PreparedStatement ps = c.prepareStatement(base + "AND source_uid > ?")) {
                ps.setLong(1, id);
                ps.setLong(2, uidValidity);
                ps.setLong(3, aboveUid);
                JournalTables.collect(ps, byUid);
            }
            try (PreparedStatement ps = c.prepareStatement(base + "AND state IN ('INTENT', 'LARGE', 'BAD')")) {
                ps.setLong(1, id);
                ps.setLong(2, uidValidity);
                JournalTables.collect(ps, byUid);
            }
            for (JournalTables.Intent intent : JournalTables.intents(c, id, uidValidity)) {
                for (MessageRecord r : intent.records()) byUid.putIfAbsent(r.uid(), r);
            }
            return new ArrayList<>(byUid.values());
        });
    }

    @Override
    public Map<Long, MessageRecord> copied(String mailbox, String sourceFolder, long uidValidity,
                                           Collection<Long> uids) {
        return read(c -> {
            Long id = readFolderId(c, mailbox, sourceFolder);
            Map<Long, MessageRecord> out = new HashMap<>();
            if (id == null || uids.isEmpty()) return out;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + JournalTables.MESSAGE_COLUMNS + " FROM sync_message "
                    + "WHERE folder_id = ? AND uid_validity = ? AND source_uid = ? AND state = 'COPIED'")) {
                for (long uid : uids) {
                    ps.setLong(1, id);
                    ps.setLong(2, uidValidity);
                    ps.setLong(3, uid);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.put(uid, JournalTables.recordOf(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void recordIntents(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> intents) {
        if (intents.isEmpty()) return;
        write(c -> {
            long id = folderId(c, mailbox, sourceFolder, uidValidity);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO sync_intent (folder_id, uid_validity, "
                    + "messages, created_at) VALUES (?, ?, ?, ?)")) {
                // One row per batch; a batch whose text would pass JournalTables.INTENT_TEXT_MAX is spread over several rows.
                StringBuilder text = new StringBuilder();
                for (MessageRecord r : intents) {
                    String line = IntentCodec.encode(List.of(r));
                    if (text.length() > 0 && text.length() + line.length() > JournalTables.INTENT_TEXT_MAX) {
                        JournalTables.addIntentRow(ins, id, uidValidity, text.toString());
                        text.setLength(0);
                    }
                    text.append(line);
                }
                JournalTables.addIntentRow(ins, id, uidValidity, text.toString());
                ins.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void recordResults(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> results) {
        if (results.isEmpty()) return;
        write(c -> {
            long id = folderId(c, mailbox, sourceFolder, uidValidity);
            JournalTables.resolveIntents(c, id, uidValidity, results);
            // New messages have no row yet, so one multi-row INSERT is the common case; a row that exists (a large
            // item now copied, changed flags) makes it fail, and then rows are replaced one by one.
            Savepoint sp = c.setSavepoint();
            try {
                JournalTables.insert(c, id, uidValidity, results);
                c.releaseSavepoint(sp);
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) throw e;
                c.rollback(sp);
                JournalTables.replace(c, id, uidValidity, results);
            }
            return null;
        });
    }

    @Override
    public void dropIntents(String mailbox, String sourceFolder, long uidValidity, Collection<Long> uids) {
        if (uids.isEmpty()) return;
        write(c -> {
            long id = folderId(c, mailbox, sourceFolder, uidValidity);
            List<MessageRecord> gone = new ArrayList<>();
            for (long uid : uids) {
                gone.add(new MessageRecord(uid, MessageState.INTENT, 0, null, null, null, null, null, null, null));
            }
            JournalTables.resolveIntents(c, id, uidValidity, gone);
            return null;
        });
    }

    @Override
    public void renumber(String mailbox, String sourceFolder, long oldUidValidity, long newUidValidity,
                         Map<Long, Long> newUids) {
        write(c -> {
            Long id = existingFolderId(c, mailbox, sourceFolder);
            if (id == null) return null;
            List<MessageRecord> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + JournalTables.MESSAGE_COLUMNS
                    + " FROM sync_message WHERE folder_id = ? AND uid_validity = ?")) {
                ps.setLong(1, id);
                ps.setLong(2, oldUidValidity);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        MessageRecord r = JournalTables.recordOf(rs);
                        Long uid = newUids.get(r.uid());
                        if (uid != null) moved.add(r.withUid(uid));
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM sync_intent WHERE folder_id = ? AND uid_validity IN (?, ?)")) {
                del.setLong(1, id);
                del.setLong(2, oldUidValidity);
                del.setLong(3, newUidValidity);
                del.executeUpdate();
            }
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM sync_message WHERE folder_id = ? AND uid_validity IN (?, ?)")) {
                del.setLong(1, id);
                del.setLong(2, oldUidValidity);
                del.setLong(3, newUidValidity);
                del.executeUpdate();
            }
            JournalTables.insert(c, id, newUidValidity, moved);
            return null;
        });
    }

    @Override
    public void forget(String mailbox) {
        write(c -> {
            folderIds.keySet().removeIf(k -> k.startsWith(mailbox + "\u0000"));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_intent WHERE folder_id IN "
                    + "(SELECT folder_id FROM sync_folder WHERE mailbox_key = ?)")) {
                ps.setString(1, mailbox);
                ps.executeUpdate();
            }
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

    /**
     * The folder's id, creating its row (with an empty checkpoint) on first use. Ids are cached only when read
     * outside a write transaction, so a rolled-back creation never leaves a cached id behind.
     */
    private long folderId(Connection c, String mailbox, String sourceFolder, long uidValidity) throws SQLException {
        Long id = folderIds.get(mailbox + "\u0000" + sourceFolder);
        return id != null ? id : createFolderId(c, mailbox, sourceFolder, uidValidity);
    }

    /** The folder's id for a read (autocommit: only committed rows are seen, so the id may be cached). */
    private Long readFolderId(Connection c, String mailbox, String sourceFolder) throws SQLException {
        String k = mailbox + "\u0000" + sourceFolder;
        Long id = folderIds.get(k);
        if (id == null) {
            id = existingFolderId(c, mailbox, sourceFolder);
            if (id != null) folderIds.put(k, id);
        }
        return id;
    }

    private static long createFolderId(Connection c, String mailbox, String sourceFolder, long uidValidity)
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

    /**
     * An intent must be on disk before its APPEND starts, or a killed process leaves copies the journal does not
     * know about. H2 writes commits up to WRITE_DELAY (500 ms by default) later, so on H2 the delay is set to 0;
     * PostgreSQL commits durably already.
     */
    private void makeCommitsDurable(Connection c) throws SQLException {
        if ("H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET WRITE_DELAY 0");
            } catch (SQLException notAdmin) {
                // Only an admin may change it; the store's own configuration then decides.
            }
        }
        durabilityChecked = true;
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
            if (!durabilityChecked) makeCommitsDurable(c);
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
