package io.migsh.migration.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An IMAP source server that batches migrate from, with its concurrency limits. */
public record MigrationEndpoint(UUID id, String name, ImapServerSettings server, Unlimited maxConcurrentMigrations,
        Unlimited maxConcurrentIncrementalSyncs, OffsetDateTime createdAt) {

    /** Exchange's documented defaults for -MaxConcurrentMigrations and -MaxConcurrentIncrementalSyncs. */
    public static final Unlimited DEFAULT_MAX_CONCURRENT_MIGRATIONS = Unlimited.of(100);
    public static final Unlimited DEFAULT_MAX_CONCURRENT_INCREMENTAL_SYNCS = Unlimited.of(20);

    public MigrationEndpoint with(ImapServerSettings newServer, Unlimited migrations, Unlimited incrementals) {
        return new MigrationEndpoint(id, name, newServer, migrations, incrementals, createdAt);
    }
}
