package io.migsh.migration;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.probe.ImapProbe;
import io.migsh.migration.probe.ProbeResult;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;
import io.migsh.store.Repositories;
import java.util.List;
import java.util.UUID;

/** IMAP migration endpoints: created only after the server answers, unless verification is skipped. */
public final class EndpointService {
    private final MigrationSession session;
    private volatile ImapProbe probe = new ImapProbe();

    EndpointService(MigrationSession session) {
        this.session = session;
    }

    /** The probe used to verify servers (tests shorten its time-outs). */
    public void setProbe(ImapProbe probe) {
        this.probe = probe;
    }

    public ImapProbe probe() {
        return probe;
    }

    public MigrationEndpoint create(String name, ImapServerSettings server, Unlimited maxConcurrentMigrations,
            Unlimited maxConcurrentIncrementalSyncs, boolean skipVerification) {
        boolean exists = session.db().inTransaction(r -> r.endpoints().byName(name).isPresent());
        if (exists) throw MigrationErrors.alreadyExists("migration endpoint", name);
        if (!skipVerification) verify(server);
        return session.db().inTransaction(r -> {
            if (r.endpoints().byName(name).isPresent()) throw MigrationErrors.alreadyExists("migration endpoint", name);
            MigrationEndpoint e = new MigrationEndpoint(io.migsh.migration.model.Guids.next(), name, server,
                    maxConcurrentMigrations == null ? MigrationEndpoint.DEFAULT_MAX_CONCURRENT_MIGRATIONS
                            : maxConcurrentMigrations,
                    maxConcurrentIncrementalSyncs == null ? MigrationEndpoint.DEFAULT_MAX_CONCURRENT_INCREMENTAL_SYNCS
                            : maxConcurrentIncrementalSyncs, session.now());
            r.endpoints().insert(e);
            return e;
        });
    }

    /** Connects to the server (no login: endpoints hold no credentials) and refuses it when it doesn't answer. */
    public void verify(ImapServerSettings server) {
        ProbeResult result = probe.test(server, null, null);
        if (!result.success()) throw connectionFailed(server.host(), result);
    }

    static PsException connectionFailed(String host, ProbeResult result) {
        return MigrationErrors.of("Microsoft.Exchange.Migration.MigrationServerConnectionFailedException",
                "The connection to the server '" + host + "' could not be completed. --> " + result.message(),
                ErrorCategory.ConnectionError, host);
    }

    public List<MigrationEndpoint> find(String identity) {
        return session.db().inTransaction(r -> identity == null ? r.endpoints().all() : List.of(get(r, identity)));
    }

    public MigrationEndpoint get(String identity) {
        return session.db().inTransaction(r -> get(r, identity));
    }

    MigrationEndpoint get(Repositories r, String identity) {
        return Identities.guid(identity).flatMap(g -> r.endpoints().byId(g)).or(() -> r.endpoints().byName(identity))
                .orElseThrow(() -> MigrationErrors.notFound(identity, session.serverName()));
    }

    /** Set-MigrationEndpoint: a changed server is verified unless skipped; batches use it from their next sync. */
    public MigrationEndpoint update(String identity, ImapServerSettings server, Unlimited maxConcurrentMigrations,
            Unlimited maxConcurrentIncrementalSyncs, boolean skipVerification) {
        MigrationEndpoint current = get(identity);
        MigrationEndpoint changed = current.with(server == null ? current.server() : server,
                maxConcurrentMigrations == null ? current.maxConcurrentMigrations() : maxConcurrentMigrations,
                maxConcurrentIncrementalSyncs == null ? current.maxConcurrentIncrementalSyncs()
                        : maxConcurrentIncrementalSyncs);
        if (!skipVerification && !changed.server().equals(current.server())) verify(changed.server());
        return session.db().inTransaction(r -> {
            r.endpoints().update(changed);
            r.session().update("UPDATE sync_request SET remote_server = ?, remote_port = ?, security = ?, "
                    + "authentication = ?, accept_untrusted = ? WHERE endpoint_id = ?", changed.server().host(),
                    changed.server().port(), changed.server().security(), changed.server().authentication(),
                    changed.server().acceptUntrustedCertificates(), changed.id());
            return changed;
        });
    }

    public MigrationEndpoint remove(String identity) {
        return session.db().inTransaction(r -> {
            MigrationEndpoint e = get(r, identity);
            if (r.batches().countForEndpoint(e.id()) > 0) {
                throw MigrationErrors.invalidState("The migration endpoint '" + e.name() + "' is used by one or more "
                        + "migration batches. Remove those batches before you remove the endpoint.", identity);
            }
            r.endpoints().delete(e.id());
            return e;
        });
    }
}
