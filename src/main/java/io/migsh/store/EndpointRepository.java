package io.migsh.store;

import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.Unlimited;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** IMAP migration endpoints. */
public final class EndpointRepository {
    private static final String COLUMNS = "id, name, remote_server, port, security, authentication, "
            + "accept_untrusted, max_concurrent, max_concurrent_incr, created_at";
    private final SqlSession s;

    public EndpointRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(MigrationEndpoint e) {
        ImapServerSettings srv = e.server();
        s.update("INSERT INTO migration_endpoint (id, name, name_key, remote_server, port, security, authentication, "
                + "accept_untrusted, max_concurrent, max_concurrent_incr, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?)", e.id(), e.name(), Columns.key(e.name()), srv.host(), srv.port(), srv.security(),
                srv.authentication(), srv.acceptUntrustedCertificates(), e.maxConcurrentMigrations().toStored(),
                e.maxConcurrentIncrementalSyncs().toStored(), e.createdAt());
    }

    public void update(MigrationEndpoint e) {
        ImapServerSettings srv = e.server();
        s.update("UPDATE migration_endpoint SET remote_server = ?, port = ?, security = ?, authentication = ?, "
                + "accept_untrusted = ?, max_concurrent = ?, max_concurrent_incr = ? WHERE id = ?", srv.host(),
                srv.port(), srv.security(), srv.authentication(), srv.acceptUntrustedCertificates(),
                e.maxConcurrentMigrations().toStored(), e.maxConcurrentIncrementalSyncs().toStored(), e.id());
    }

    public void delete(UUID id) {
        s.update("DELETE FROM migration_endpoint WHERE id = ?", id);
    }

    public List<MigrationEndpoint> all() {
        return s.query("SELECT " + COLUMNS + " FROM migration_endpoint ORDER BY created_at, name_key", this::map);
    }

    public Optional<MigrationEndpoint> byName(String name) {
        return s.one("SELECT " + COLUMNS + " FROM migration_endpoint WHERE name_key = ?", this::map,
                Columns.key(name));
    }

    public Optional<MigrationEndpoint> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM migration_endpoint WHERE id = ?", this::map, id);
    }

    private MigrationEndpoint map(SqlSession.Row r) throws SQLException {
        ImapServerSettings server = new ImapServerSettings(r.getString("remote_server"), r.getInt("port"),
                r.getEnum("security", ImapSecurity.class), r.getEnum("authentication", AuthenticationMethod.class),
                r.getBoolean("accept_untrusted"));
        return new MigrationEndpoint(r.getUuid("id"), r.getString("name"), server,
                Unlimited.fromStored(r.getInt("max_concurrent")), Unlimited.fromStored(r.getInt("max_concurrent_incr")),
                r.getTime("created_at"));
    }
}
