package io.migsh.engine;

import io.migsh.migration.BatchSpec;
import io.migsh.migration.MailboxSpec;
import io.migsh.migration.MigrationSession;
import io.migsh.migration.ServiceOptions;
import io.migsh.migration.TestClock;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.sync.MailboxSynchronizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * A migsh data directory whose migration session runs the real synchronizer (as the service loader finds it)
 * against a GreenMail source: accepted domain contoso.com, mailboxes, and an endpoint "greenmail" verified by
 * connecting to it. The service runs only when a test asks.
 */
final class EngineWorld implements AutoCloseable {
    final TestClock clock = TestClock.at2024();
    final Path dataDir;
    final SourceServer source;
    MigrationSession session;

    EngineWorld(Path dataDir, SourceServer source) {
        this.dataDir = dataDir;
        this.source = source;
        open(ServiceOptions.manual());
        session.directory().newAcceptedDomain("contoso.com", "contoso.com");
        session.endpoints().create("greenmail", source.settings(), Unlimited.of(100), Unlimited.of(20), false);
    }

    /** Opens the session on the data directory (again, after {@link #close}). */
    void open(ServiceOptions options) {
        open(engine(), options);
    }

    void open(MailboxSynchronizer engine, ServiceOptions options) {
        session = MigrationSession.open(dataDir, clock, engine, options);
    }

    static MailboxSynchronizer engine() {
        return ServiceLoader.load(MailboxSynchronizer.class).findFirst().orElseThrow();
    }

    /** A mailbox in the default (Maildir) database, password P@ssw0rd. */
    EngineWorld mailbox(String alias) {
        return mailbox(alias, null);
    }

    EngineWorld mailbox(String alias, String database) {
        session.directory().newMailbox(new MailboxSpec(alias, alias + "@contoso.com", alias + "@contoso.com", null,
                null, "P@ssw0rd".toCharArray(), database));
        return this;
    }

    MigrationBatch batch(String name, String csv, BatchOptions options) {
        return session.batches().create(new BatchSpec(name, "greenmail", csv.getBytes(StandardCharsets.UTF_8),
                options, "admin"));
    }

    /** BatchOptions.defaults() with other item limits. */
    static BatchOptions limits(int badItemLimit, int largeItemLimit) {
        BatchOptions d = BatchOptions.defaults();
        return new BatchOptions(d.excludeFolders(), d.includeFolders(), d.autoStart(), d.autoComplete(),
                Unlimited.of(badItemLimit), Unlimited.of(largeItemLimit), d.notificationEmails(), d.startAfter(),
                d.completeAfter(), d.allowUnknownColumnsInCsv(), d.timeZone(), d.reportInterval(), d.skipReports());
    }

    void run() {
        try {
            session.service().runUntilIdle();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    MigrationUser user(String address) {
        return session.db().inTransaction(r -> r.users().byAddress(address).orElseThrow());
    }

    SyncRequest request(String address) {
        return session.db().inTransaction(r -> r.requests().byId(user(address).requestId()).orElseThrow());
    }

    List<SkippedItem> skippedItems(String address) {
        SyncRequest q = request(address);
        return session.db().inTransaction(r -> r.reports().skipped(q.id(), 1000));
    }

    List<String> report(String address) {
        SyncRequest q = request(address);
        return session.db().inTransaction(r -> r.reports().entries(q.id())).stream()
                .map(e -> e.message()).toList();
    }

    /** Where the default database keeps a mailbox. */
    Path maildir(String address) {
        return dataDir.resolve("mailstore").resolve(address.toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        if (session != null) session.close();
        session = null;
    }
}
