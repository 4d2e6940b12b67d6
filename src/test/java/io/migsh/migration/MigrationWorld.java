package io.migsh.migration;

import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.Unlimited;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A data directory with a domain, mailboxes and an endpoint, run by a fake synchronizer, for workflow tests. */
public final class MigrationWorld implements AutoCloseable {
    public final TestClock clock = TestClock.at2024();
    public final FakeSynchronizer engine = new FakeSynchronizer();
    public final MigrationSession session;

    public MigrationWorld(Path dir) {
        this(dir, ServiceOptions.manual());
    }

    public MigrationWorld(Path dir, ServiceOptions options) {
        session = MigrationSession.open(dir, clock, engine, options);
        session.directory().newAcceptedDomain("contoso.com", "contoso.com");
        for (String user : new String[] {"alice", "bob", "carol"}) {
            session.directory().newMailbox(new MailboxSpec(user, user + "@contoso.com", user + "@contoso.com", null,
                    null, "P@ssw0rd".toCharArray(), null));
        }
        session.endpoints().create("src", new ImapServerSettings("imap.old.example", 993, ImapSecurity.Ssl,
                AuthenticationMethod.Basic, false), Unlimited.of(100), Unlimited.of(20), true);
    }

    public static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public MigrationBatch batch(String name, String csv) {
        return session.batches().create(new BatchSpec(name, "src", csv(csv), BatchOptions.defaults(), "admin"));
    }

    public void run() {
        try {
            session.service().runUntilIdle();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
