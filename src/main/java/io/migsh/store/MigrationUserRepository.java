package io.migsh.store;

import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.UserStatus;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Migration users: the rows of batches' CSV files. */
public final class MigrationUserRepository {
    private static final String COLUMNS = "id, batch_id, email_address, user_name, password_secret, user_root, "
            + "status, mailbox_id, request_id, last_sync_at, last_check_at, csv_row, created_at";
    private static final String INSERT = "INSERT INTO migration_user (id, batch_id, email_address, email_key, "
            + "user_name, password_secret, user_root, status, mailbox_id, request_id, csv_row, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final SqlSession s;

    public MigrationUserRepository(SqlSession s) {
        this.s = s;
    }

    /** Inserts many users with JDBC batches (a 50,000-row CSV is one transaction). */
    public void insertAll(List<MigrationUser> users) {
        List<Object[]> rows = new ArrayList<>(users.size());
        for (MigrationUser u : users) {
            rows.add(new Object[] {u.id(), u.batchId(), u.emailAddress(), Columns.key(u.emailAddress()),
                u.userName(), u.passwordSecret(), u.userRoot(), u.status().name(), u.mailboxId(), u.requestId(),
                u.rowNumber(), u.createdAt()});
        }
        s.batch(INSERT, rows);
    }

    public void updateLogin(UUID id, String userName, String passwordSecret, String userRoot) {
        s.update("UPDATE migration_user SET user_name = ?, password_secret = ?, user_root = ? WHERE id = ?", userName,
                passwordSecret, userRoot, id);
    }

    /** Moves the user from {@code from} to {@code to}; false when another transaction moved it first. */
    public boolean setStatus(UUID id, UserStatus from, UserStatus to) {
        return s.update("UPDATE migration_user SET status = ? WHERE id = ? AND status = ?", to, id, from) == 1;
    }

    public void setRequest(UUID id, UUID requestId) {
        s.update("UPDATE migration_user SET request_id = ? WHERE id = ?", requestId, id);
    }

    public void markSynced(UUID id, OffsetDateTime at) {
        s.update("UPDATE migration_user SET last_sync_at = ?, last_check_at = ? WHERE id = ?", at, at, id);
    }

    public void markChecked(UUID id, OffsetDateTime at) {
        s.update("UPDATE migration_user SET last_check_at = ? WHERE id = ?", at, id);
    }

    public void delete(UUID id) {
        s.update("DELETE FROM migration_user WHERE id = ?", id);
    }

    public void deleteBatch(UUID batchId) {
        s.update("DELETE FROM migration_user WHERE batch_id = ?", batchId);
    }

    public Optional<MigrationUser> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM migration_user WHERE id = ?", this::map, id);
    }

    public Optional<MigrationUser> byAddress(String address) {
        return s.one("SELECT " + COLUMNS + " FROM migration_user WHERE email_key = ?", this::map,
                Columns.key(address));
    }

    public Optional<MigrationUser> byMailbox(UUID mailboxId) {
        return s.one("SELECT " + COLUMNS + " FROM migration_user WHERE mailbox_id = ?", this::map, mailboxId);
    }

    public Optional<MigrationUser> byRequest(UUID requestId) {
        return s.one("SELECT " + COLUMNS + " FROM migration_user WHERE request_id = ?", this::map, requestId);
    }

    public List<MigrationUser> inBatch(UUID batchId) {
        return s.query("SELECT " + COLUMNS + " FROM migration_user WHERE batch_id = ? ORDER BY csv_row", this::map,
                batchId);
    }

    /** Users of a batch (or all, for null) whose status is one of {@code statuses} (all, if empty). */
    public List<MigrationUser> find(UUID batchId, Set<UserStatus> statuses) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM migration_user WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (batchId != null) {
            sql.append(" AND batch_id = ?");
            args.add(batchId);
        }
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")))
                    .append(")");
            for (UserStatus st : statuses) args.add(st.name());
        }
        sql.append(" ORDER BY created_at, csv_row");
        return s.query(sql.toString(), this::map, args.toArray());
    }

    /** Counts of a batch's users by status. */
    public Map<UserStatus, Integer> countByStatus(UUID batchId) {
        Map<UserStatus, Integer> out = new EnumMap<>(UserStatus.class);
        s.query("SELECT status, COUNT(*) AS n FROM migration_user WHERE batch_id = ? GROUP BY status",
                r -> out.put(r.getEnum("status", UserStatus.class), (int) r.getLong("n")), batchId);
        return out;
    }

    /** Lower-cased addresses of every user in any batch, for validating a large CSV in one read. */
    public Map<String, UUID> batchesByAddress() {
        Map<String, UUID> out = new java.util.HashMap<>();
        s.query("SELECT email_key, batch_id FROM migration_user", r -> out.put(r.getString("email_key"),
                r.getUuid("batch_id")));
        return out;
    }

    private MigrationUser map(SqlSession.Row r) throws SQLException {
        return new MigrationUser(r.getUuid("id"), r.getUuid("batch_id"), r.getString("email_address"),
                r.getString("user_name"), r.getString("password_secret"), r.getString("user_root"),
                r.getEnum("status", UserStatus.class), r.getUuid("mailbox_id"), r.getUuid("request_id"),
                r.getTime("last_sync_at"), r.getTime("last_check_at"), r.getInt("csv_row"), r.getTime("created_at"));
    }
}
