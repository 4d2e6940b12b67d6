package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migsh.imap.FlakyProxy;
import io.migsh.migration.BatchSpec;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.model.UserStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source connection drops mid-FETCH during a batch run by the migration service: the user still ends Synced
 * with every message, and the retried failure is in the request's report as a FailureRec (what Report.Failures
 * lists): type, side, folder and time.
 */
class TransientFailureReportTest {
    private static final String ALICE = "alice@contoso.com";

    @TempDir
    Path dir;
    SourceServer source;
    EngineWorld world;

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("alice", "secret1");
        source.append("alice", "INBOX", Mail.of("Quarterly report", "\\Seen", "2024-03-01T09:15:00+01:00", 80),
                Mail.of("Build failed", "\\Flagged", "2023-12-24T23:59:59-05:00", 80),
                Mail.of("Invoice 42", "", "2021-01-05T10:30:00+09:00", 80));
        world = new EngineWorld(dir, source).mailbox("alice");
    }

    @AfterEach
    void tearDown() {
        world.close();
        source.close();
    }

    @Test
    void a_connection_dropped_mid_fetch_is_retried_and_listed_in_the_reports_failures() throws Exception {
        try (FlakyProxy proxy = FlakyProxy.midFetch(source.greenMail.getImap().getPort(), 3000,
                FlakyProxy.Fault.DROP)) {
            world.session.endpoints().create("flaky", new ImapServerSettings("127.0.0.1", proxy.port(),
                    ImapSecurity.None, AuthenticationMethod.Basic, false), Unlimited.of(100), Unlimited.of(20), false);
            world.session.batches().create(new BatchSpec("wave1", "flaky", ("EmailAddress,UserName,Password\n" + ALICE
                    + ",alice,secret1\n").getBytes(StandardCharsets.UTF_8), BatchOptions.defaults(), "admin"));
            world.session.batches().start("wave1");
            world.run();

            assertEquals(1, proxy.faultsInjected());
            assertEquals(UserStatus.Synced, world.user(ALICE).status());
            assertNull(world.request(ALICE).failure());
            assertEquals(3, MaildirListing.count(world.maildir(ALICE)));
            List<FailureRecord> failures = world.session.db().inTransaction(r -> r.reports().entries(
                    world.request(ALICE).id())).stream().map(ReportEntry::failure).filter(Objects::nonNull).toList();
            assertEquals(1, failures.size(), () -> failures.toString());
            FailureRecord f = failures.get(0);
            assertEquals("CommunicationErrorTransientException", f.failureType());
            assertEquals("Source", f.failureSide());
            assertEquals("INBOX", f.failureContext());
            assertEquals(world.clock.instant(), f.timestamp().toInstant(), "stamped with the session's clock");
        }
    }
}
