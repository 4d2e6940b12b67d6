package io.migsh.migration;

import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.store.Database;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Everything the migration cmdlets work with for one data directory: the state store, the clock, the directory,
 * endpoints, batches, sync requests and the background service that runs them. It knows nothing of the shell,
 * so a service process can run it without a terminal.
 */
public final class MigrationSession implements AutoCloseable {
    private final Path dataDirectory;
    private final Database db;
    private final Clock clock;
    private final String serverName;
    private final DirectoryService directory;
    private final EndpointService endpoints;
    private final BatchWorkflow batches;
    private final RequestWorkflow requests;
    private final MigrationService service;

    private MigrationSession(Path dataDirectory, Database db, Clock clock, MailboxSynchronizer synchronizer,
            ServiceOptions options) {
        this.dataDirectory = dataDirectory;
        this.db = db;
        this.clock = clock;
        this.serverName = hostName();
        this.directory = new DirectoryService(this);
        this.endpoints = new EndpointService(this);
        this.batches = new BatchWorkflow(this);
        this.requests = new RequestWorkflow(this);
        this.service = new MigrationService(this, synchronizer.boundTo(db, clock), options);
    }

    /** Opens the store in a data directory (creating it and the default database on first use). */
    public static MigrationSession open(Path dataDirectory, Clock clock, MailboxSynchronizer synchronizer,
            ServiceOptions options) {
        MigrationSession s = new MigrationSession(dataDirectory, Database.open(dataDirectory), clock, synchronizer,
                options);
        s.directory.ensureDefaultDatabase();
        return s;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Now, in UTC, to the microsecond (what both H2 and PostgreSQL keep). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The name Exchange's "couldn't be found on '...'" names: this machine, as a domain controller would be. */
    public String serverName() {
        return serverName;
    }

    public DirectoryService directory() {
        return directory;
    }

    public EndpointService endpoints() {
        return endpoints;
    }

    public BatchWorkflow batches() {
        return batches;
    }

    public RequestWorkflow requests() {
        return requests;
    }

    public MigrationService service() {
        return service;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toUpperCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "LOCALHOST";
        }
    }

    @Override
    public void close() {
        service.close();
        db.close();
    }
}
