package io.migsh.store;

import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MailboxDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mailbox databases: the default Maildir store and any IMAP servers added as databases. */
public final class MailboxDatabaseRepository {
    private static final String COLUMNS = "id, name, kind, edb_file_path, imap_server, port, security, "
            + "authentication, accept_untrusted, master_user, master_password, is_default, created_at";
    private final SqlSession s;

    public MailboxDatabaseRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(MailboxDatabase d) {
        ImapServerSettings srv = d.server();
        s.update("INSERT INTO mailbox_database (id, name, name_key, kind, edb_file_path, imap_server, port, security, "
                + "authentication, accept_untrusted, master_user, master_password, is_default, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(), d.name(), Columns.key(d.name()),
                d.kind(), d.edbFilePath(), srv == null ? null : srv.host(), srv == null ? null : srv.port(),
                srv == null ? null : srv.security(), srv == null ? null : srv.authentication(),
                srv != null && srv.acceptUntrustedCertificates(), d.masterUser(), d.masterPasswordSecret(),
                d.isDefault(), d.createdAt());
    }

    public List<MailboxDatabase> all() {
        return s.query("SELECT " + COLUMNS + " FROM mailbox_database ORDER BY is_default DESC, created_at", this::map);
    }

    public Optional<MailboxDatabase> byName(String name) {
        return s.one("SELECT " + COLUMNS + " FROM mailbox_database WHERE name_key = ?", this::map, Columns.key(name));
    }

    public Optional<MailboxDatabase> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM mailbox_database WHERE id = ?", this::map, id);
    }

    public Optional<MailboxDatabase> defaultDatabase() {
        return s.one("SELECT " + COLUMNS + " FROM mailbox_database WHERE is_default = TRUE", this::map);
    }

    private MailboxDatabase map(SqlSession.Row r) throws SQLException {
        ImapServerSettings server = r.getString("imap_server") == null ? null : new ImapServerSettings(
                r.getString("imap_server"), r.getInt("port"), r.getEnum("security", ImapSecurity.class),
                r.getEnum("authentication", AuthenticationMethod.class), r.getBoolean("accept_untrusted"));
        return new MailboxDatabase(r.getUuid("id"), r.getString("name"), r.getEnum("kind", DatabaseKind.class),
                r.getString("edb_file_path"), server, r.getString("master_user"), r.getString("master_password"),
                r.getBoolean("is_default"), r.getTime("created_at"));
    }
}
