package io.migsh.store;

import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.Mailbox;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Target mailboxes, found by name, alias, primary address, online ID or ExchangeGuid. */
public final class MailboxRepository {
    private static final String COLUMNS = "id, name, alias, display_name, primary_smtp, online_id, database_id, "
            + "password_secret, max_receive_size, max_send_size, created_at";
    private final SqlSession s;

    public MailboxRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(Mailbox m) {
        s.update("INSERT INTO mailbox (id, name, name_key, alias, alias_key, display_name, primary_smtp, smtp_key, "
                + "online_id, database_id, password_secret, max_receive_size, max_send_size, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.name(), Columns.key(m.name()),
                m.alias(), Columns.key(m.alias()), m.displayName(), m.primarySmtpAddress(),
                Columns.key(m.primarySmtpAddress()), m.microsoftOnlineServicesId(), m.databaseId(),
                m.passwordSecret(), m.maxReceiveSize().bytes(), m.maxSendSize().bytes(), m.createdAt());
    }

    public void update(Mailbox m) {
        s.update("UPDATE mailbox SET name = ?, name_key = ?, alias = ?, alias_key = ?, display_name = ?, "
                + "password_secret = ?, max_receive_size = ?, max_send_size = ? WHERE id = ?", m.name(),
                Columns.key(m.name()), m.alias(), Columns.key(m.alias()), m.displayName(), m.passwordSecret(),
                m.maxReceiveSize().bytes(), m.maxSendSize().bytes(), m.id());
    }

    public void delete(UUID id) {
        s.update("DELETE FROM mailbox WHERE id = ?", id);
    }

    public List<Mailbox> all() {
        return s.query("SELECT " + COLUMNS + " FROM mailbox ORDER BY name_key", this::map);
    }

    public Optional<Mailbox> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM mailbox WHERE id = ?", this::map, id);
    }

    /** By any identity Exchange accepts for a mailbox: name, alias, primary address, online ID. */
    public Optional<Mailbox> byIdentity(String text) {
        String k = Columns.key(text);
        return s.one("SELECT " + COLUMNS + " FROM mailbox WHERE name_key = ? OR alias_key = ? OR smtp_key = ? "
                + "OR LOWER(online_id) = ?", this::map, k, k, k, k);
    }

    public Optional<Mailbox> byAddress(String address) {
        return s.one("SELECT " + COLUMNS + " FROM mailbox WHERE smtp_key = ?", this::map, Columns.key(address));
    }

    /** Every mailbox keyed by lower-cased primary address, for validating a large CSV in one read. */
    public java.util.Map<String, UUID> idsByAddress() {
        java.util.Map<String, UUID> out = new java.util.HashMap<>();
        s.query("SELECT smtp_key, id FROM mailbox", r -> out.put(r.getString("smtp_key"), r.getUuid("id")));
        return out;
    }

    public long countInDatabase(UUID databaseId) {
        return s.count("SELECT COUNT(*) FROM mailbox WHERE database_id = ?", databaseId);
    }

    private Mailbox map(SqlSession.Row r) throws SQLException {
        return new Mailbox(r.getUuid("id"), r.getString("name"), r.getString("alias"), r.getString("display_name"),
                r.getString("primary_smtp"), r.getString("online_id"), r.getUuid("database_id"),
                r.getString("password_secret"), new ByteQuantifiedSize(r.getLong("max_receive_size")),
                new ByteQuantifiedSize(r.getLong("max_send_size")), r.getTime("created_at"));
    }
}
