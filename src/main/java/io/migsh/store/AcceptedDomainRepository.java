package io.migsh.store;

import io.migsh.migration.model.AcceptedDomain;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accepted domains. */
public final class AcceptedDomainRepository {
    private static final String COLUMNS = "id, name, domain_name, domain_type, is_default, created_at";
    private final SqlSession s;

    public AcceptedDomainRepository(SqlSession s) {
        this.s = s;
    }

    public void insert(AcceptedDomain d) {
        s.update("INSERT INTO accepted_domain (id, name, name_key, domain_name, domain_key, domain_type, is_default, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", d.id(), d.name(), Columns.key(d.name()),
                d.domainName(), Columns.key(d.domainName()), d.domainType(), d.isDefault(), d.createdAt());
    }

    public List<AcceptedDomain> all() {
        return s.query("SELECT " + COLUMNS + " FROM accepted_domain ORDER BY created_at, name_key", this::map);
    }

    public Optional<AcceptedDomain> byNameOrDomain(String text) {
        return s.one("SELECT " + COLUMNS + " FROM accepted_domain WHERE name_key = ? OR domain_key = ?", this::map,
                Columns.key(text), Columns.key(text));
    }

    public Optional<AcceptedDomain> byDomain(String domain) {
        return s.one("SELECT " + COLUMNS + " FROM accepted_domain WHERE domain_key = ?", this::map,
                Columns.key(domain));
    }

    public Optional<AcceptedDomain> byId(UUID id) {
        return s.one("SELECT " + COLUMNS + " FROM accepted_domain WHERE id = ?", this::map, id);
    }

    public long count() {
        return s.count("SELECT COUNT(*) FROM accepted_domain");
    }

    private AcceptedDomain map(SqlSession.Row r) throws SQLException {
        return new AcceptedDomain(r.getUuid("id"), r.getString("name"), r.getString("domain_name"),
                r.getString("domain_type"), r.getBoolean("is_default"), r.getTime("created_at"));
    }
}
