package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.TargetMailbox;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session of issue 5, command by command, with GreenMail as the old IMAP server and a fake engine. */
class MigrationSessionScriptTest {
    static GreenMail source;
    static int port;

    @TempDir
    Path dir;
    Fixture fx;
    final SecureString pw = new SecureString("P@ssw0rd".toCharArray());
    final byte[] csv = ("EmailAddress,UserName,Password\r\nalice@contoso.com,alice,s3cret\r\n"
            + "bob@contoso.com,bob,s3cret\r\n").getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void start() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        source = new GreenMail(new ServerSetup(port, "127.0.0.1", "imap"));
        source.start();
    }

    @AfterAll
    static void stop() {
        source.stop();
    }

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void noErrors() {
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
    }

    @Test
    void the_issue_session_runs_as_written() {
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com",
                "-Password", pw);
        fx.run(NewMailboxDatabaseCommand.class, "-Name", "NewServer", "-ImapServer", "imap.new.example", "-Port", 143,
                "-Security", "Tls");
        fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID", "bob@contoso.com",
                "-Password", pw, "-Database", "NewServer");
        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", 157286400L);
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                port, "-Security", "None");
        PsObject test = (PsObject) fx.run(TestMigrationServerAvailabilityCommand.class, "-Imap", "-RemoteServer",
                "127.0.0.1", "-Port", port, "-Security", "None").get(0);
        assertEquals("Success", test.toString());
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData", csv,
                "-ExcludeFolders", List.of("Deleted Items", "Junk Email"));
        noErrors();

        PsObject batch = (PsObject) fx.run(GetMigrationBatchCommand.class, "wave1").get(0);
        assertEquals("wave1", batch.get("Identity"));
        assertEquals("Created", batch.get("Status").toString());
        assertEquals(2, batch.get("TotalCount"));
        assertEquals(List.of("Deleted Items", "Junk Email"), batch.get("ExcludedFolders"));

        List<Object> stats = fx.pipeline(Fixture.stage(GetMigrationUserCommand.class, "-BatchId", "wave1"),
                Fixture.stage(GetMigrationUserStatisticsCommand.class));
        assertEquals(2, stats.size());
        PsObject aliceStats = (PsObject) stats.get(0);
        assertEquals("alice@contoso.com", aliceStats.get("Identity"));
        assertEquals("Queued", aliceStats.get("Status").toString());
        assertEquals(0L, aliceStats.get("SyncedItemCount"));

        fx.run(StartMigrationBatchCommand.class, "wave1");
        fx.runService();
        noErrors();
        assertEquals("Synced", ((PsObject) fx.run(GetMigrationBatchCommand.class, "wave1").get(0)).get("Status")
                .toString());
        SyncJob bobJob = fx.engine.jobs.stream().filter(j -> j.credentials().userName().equals("bob")).findFirst()
                .orElseThrow();
        TargetMailbox.Imap bobTarget = (TargetMailbox.Imap) bobJob.target();
        assertEquals("imap.new.example", bobTarget.server().host());
        assertEquals("bob", bobTarget.loginUser());
        assertEquals(List.of("Deleted Items", "Junk Email"), bobJob.folders().exclude());
        SyncJob aliceJob = fx.engine.jobs.stream().filter(j -> j.credentials().userName().equals("alice"))
                .findFirst().orElseThrow();
        assertEquals(150L << 20, aliceJob.target().maxReceiveBytes());
        assertEquals(dir.resolve("mailstore/alice@contoso.com").toAbsolutePath(),
                ((TargetMailbox.Maildir) aliceJob.target()).maildir());

        PsObject rs = (PsObject) fx.pipeline(Fixture.stage(GetSyncRequestCommand.class, "-Mailbox",
                "alice@contoso.com"), Fixture.stage(GetSyncRequestStatisticsCommand.class, "-IncludeReport",
                "-DiagnosticInfo", "showtimeslots, showtimeline, verbose")).get(0);
        assertEquals("alice\\MigrationService:wave1", rs.get("Identity"));
        assertEquals("Synced", rs.get("Status").toString());
        assertEquals(100, rs.get("PercentComplete"));
        assertEquals(3L, rs.get("ItemsTransferred"));
        assertEquals("MigrationService:wave1", rs.get("BatchName"));
        String diag = (String) rs.get("DiagnosticInfo");
        assertTrue(diag.contains("<Timeline><Entry Time=\"2024-06-03T09:00:00Z\" To=\"Queued\"/>"), diag);
        assertTrue(diag.contains("<TimeSlots>") && diag.contains("<Properties>"), diag);
        String report = rs.get("Report").toString();
        assertTrue(report.contains("[" + fx.session.serverName() + "] Copying 3 items for alice"), report);

        fx.pipeline(Fixture.stage(GetSyncRequestCommand.class, "-Mailbox", "alice@contoso.com"),
                Fixture.stage(RemoveSyncRequestCommand.class, "-Confirm:false"));
        assertEquals(List.of(), fx.run(GetSyncRequestCommand.class, "-Mailbox", "alice@contoso.com"));
        fx.run(RemoveMigrationBatchCommand.class, "wave1", "-Confirm:false");
        noErrors();
        assertEquals(List.of(), fx.run(GetMigrationBatchCommand.class));
        assertEquals(List.of(), fx.run(GetSyncRequestCommand.class));
    }

    @Test
    void confirmation_is_needed_without_a_terminal_and_whatif_changes_nothing() {
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID", "bob@contoso.com");
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                port, "-Security", "None");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData", csv,
                "-WhatIf");
        assertEquals("What if: Creating migration batch \"wave1\".\n", fx.output.toString());
        assertEquals(List.of(), fx.run(GetMigrationBatchCommand.class));
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData", csv);
        io.migsh.runtime.PsException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.migsh.runtime.PsException.class, () -> fx.run(RemoveMigrationBatchCommand.class, "wave1"));
        assertEquals("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                e.getMessage());
        assertEquals(1, fx.run(GetMigrationBatchCommand.class).size());
    }

    @Test
    void a_user_already_in_a_batch_cannot_join_another() {
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID", "bob@contoso.com");
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                port, "-SkipVerification");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData", csv);
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave2", "-SourceEndpoint", "src", "-CSVData", csv);
        var e = fx.errors.get(0);
        assertTrue(e.message().startsWith("Error on row 2 of the CSV file: The user 'alice@contoso.com' already has "
                + "a pending request. Please remove the existing request and resume the current batch or start a "
                + "new batch for this user."), e.message());
        assertEquals("Microsoft.Exchange.Migration.UserAlreadyBeingMigratedException", e.exceptionType());
        assertTrue(e.fullyQualifiedErrorId().endsWith(",Microsoft.Exchange.Management.Migration.NewMigrationBatch"));
        assertEquals(1, fx.run(GetMigrationBatchCommand.class).size(), "nothing of wave2 was created");
        fx.run(NewSyncRequestCommand.class, "-Mailbox", "alice", "-Imap", "-RemoteServerName", "127.0.0.1",
                "-RemoteEmailAddress", "alice@old.example", "-Password", pw);
        assertEquals("Microsoft.Exchange.Migration.UserAlreadyBeingMigratedException",
                fx.errors.get(1).exceptionType());
    }

    @Test
    void a_hand_made_sync_request_is_suspended_resumed_and_removed() {
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "carol", "-MicrosoftOnlineServicesID", "carol@contoso.com");
        PsObject q = (PsObject) fx.run(NewSyncRequestCommand.class, "-Mailbox", "carol", "-Imap",
                "-RemoteServerName", "127.0.0.1", "-RemoteServerPort", port, "-RemoteEmailAddress",
                "carol@old.example", "-Password", pw).get(0);
        assertEquals("Sync", q.get("Name"));
        assertEquals("carol\\Sync", q.get("Identity"));
        assertEquals("Queued", q.get("Status").toString());
        PsObject second = (PsObject) fx.run(NewSyncRequestCommand.class, "-Mailbox", "carol", "-Imap",
                "-RemoteServerName", "127.0.0.1", "-RemoteEmailAddress", "carol@old.example", "-Password", pw).get(0);
        assertEquals("Sync1", second.get("Name"));
        fx.run(RemoveSyncRequestCommand.class, "carol\\Sync1", "-Confirm:false");

        fx.runService();
        PsObject s = (PsObject) fx.run(GetSyncRequestStatisticsCommand.class, "carol\\Sync").get(0);
        assertEquals("Synced", s.get("Status").toString());
        assertEquals(java.time.Duration.ofHours(1), s.get("IncrementalSyncInterval"));
        assertEquals("carol@old.example", s.get("EmailAddress"));

        fx.run(SuspendSyncRequestCommand.class, "carol\\Sync", "-SuspendComment", "weekend");
        assertEquals("Suspended", ((PsObject) fx.run(GetSyncRequestCommand.class, "carol\\Sync").get(0))
                .get("Status").toString());
        fx.run(ResumeSyncRequestCommand.class, "carol\\Sync");
        assertEquals("Queued", ((PsObject) fx.run(GetSyncRequestCommand.class, "-Mailbox", "carol").get(0))
                .get("Status").toString());
        fx.run(ResumeSyncRequestCommand.class, "carol\\Sync");
        assertTrue(fx.errors.get(0).message().contains("can't be resumed because its status is Queued"));
        fx.run(RemoveSyncRequestCommand.class, "carol\\Sync", "-Confirm:false");
        assertEquals(List.of(), fx.run(GetSyncRequestCommand.class));
        fx.run(GetSyncRequestCommand.class, "carol\\Sync");
        assertTrue(fx.errors.get(1).message().startsWith("The operation couldn't be performed because object "
                + "'carol\\Sync' couldn't be found on '"));
    }

    @Test
    void a_failed_user_shows_exchanges_error_and_statistics_with_skipped_items() {
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID", "bob@contoso.com");
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "127.0.0.1", "-Port",
                port, "-SkipVerification");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-AutoStart", "-CSVData",
                ("EmailAddress,UserName,Password\nalice@contoso.com,alice,wrong\nbob@contoso.com,bob,x\n")
                        .getBytes(StandardCharsets.UTF_8));
        fx.runService();
        PsObject alice = (PsObject) fx.run(GetMigrationUserStatisticsCommand.class, "alice@contoso.com",
                "-IncludeReport").get(0);
        assertEquals("Failed", alice.get("Status").toString());
        assertTrue(alice.get("Error").toString().startsWith("Error: MigrationPermanentException: Unable to log into "
                + "account."), alice.get("Error").toString());
        PsObject failure = (PsObject) ((List<?>) ((PsObject) alice.get("Report")).get("Failures")).get(0);
        assertEquals("MigrationPermanentException", failure.get("FailureType"));
        assertEquals("Source", failure.get("FailureSide"));

        PsObject bob = (PsObject) fx.run(GetMigrationUserStatisticsCommand.class, "bob@contoso.com",
                "-IncludeSkippedItems").get(0);
        assertEquals(1L, bob.get("SkippedItemCount"));
        PsObject skipped = (PsObject) ((List<?>) bob.get("SkippedItems")).get(0);
        assertEquals("LargeItem", skipped.get("Kind"));
        assertEquals("50 MB (52,428,800 bytes)", skipped.get("MessageSize").toString());
        assertNull(bob.get("Error"));
        assertEquals(100, bob.get("PercentageComplete"));

        List<Object> failed = fx.run(GetMigrationUserCommand.class, "-StatusSummary", "Failed");
        assertEquals(1, failed.size());
        PsObject b = (PsObject) fx.run(GetMigrationBatchCommand.class, "wave1").get(0);
        assertEquals("SyncedWithErrors", b.get("Status").toString());
        assertEquals(1, b.get("FailedCount"));
        assertEquals(1, b.get("FailedInitialSyncCount"));
    }
}
