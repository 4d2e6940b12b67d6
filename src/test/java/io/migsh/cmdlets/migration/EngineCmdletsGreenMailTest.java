package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.engine.Mail;
import io.migsh.engine.MaildirListing;
import io.migsh.engine.SourceServer;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Exchange cmdlets over the real engine: what Get-MigrationUserStatistics and friends show after real syncs. */
class EngineCmdletsGreenMailTest {
    @TempDir
    Path dir;
    SourceServer source;
    Fixture fx;
    final SecureString pw = new SecureString("P@ssw0rd".toCharArray());

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("alice", "secret1").user("bob", "secret2");
        source.append("alice", "INBOX", Mail.of("Welcome", "\\Seen", "2024-05-01T10:00:00Z"),
                Mail.of("Scanned contract", "", "2024-05-02T10:00:00Z", 30_000));
        source.append("alice", "Projects", Mail.of("Plan", "\\Flagged", "2024-05-03T10:00:00Z"));
        source.append("alice", "Projects.Old", Mail.of("Old plan", "\\Seen", "2020-01-03T10:00:00Z"));
        source.append("alice", "Travel", Mail.of("Tickets", "\\Seen", "2024-04-03T10:00:00Z"));
        fx = new Fixture(dir, ServiceLoader.load(MailboxSynchronizer.class).findFirst().orElseThrow());
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        for (String user : List.of("alice", "bob")) {
            fx.run(NewMailboxCommand.class, "-Name", user, "-MicrosoftOnlineServicesID", user + "@contoso.com",
                    "-Password", pw);
        }
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "greenmail", "-RemoteServer", "127.0.0.1",
                "-Port", source.settings().port(), "-Security", "None");
    }

    @AfterEach
    void tearDown() {
        fx.close();
        source.close();
    }

    private PsObject statistics(String user) {
        return (PsObject) fx.run(GetMigrationUserStatisticsCommand.class, user, "-IncludeSkippedItems").get(0);
    }

    @Test
    void migration_user_statistics_show_what_the_engine_copied_skipped_and_failed() throws Exception {
        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", "1MB");
        byte[] csv = ("EmailAddress,UserName,Password\r\nalice@contoso.com,alice,secret1\r\n"
                + "bob@contoso.com,bob,wrong\r\n").getBytes(StandardCharsets.UTF_8);
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "greenmail", "-CSVData", csv,
                "-LargeItemLimit", 1, "-AutoStart");
        fx.runService();
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());

        PsObject alice = statistics("alice@contoso.com");
        assertEquals("Synced", alice.get("Status").toString());
        assertEquals(4L, alice.get("SyncedItemCount"));
        assertEquals(1L, alice.get("SkippedItemCount"));
        assertEquals(5L, alice.get("TotalItemsInSourceMailboxCount"));
        long sizes = source.totalSize("alice");
        long large = ((ByteQuantifiedSize) ((PsObject) ((List<?>) alice.get("SkippedItems")).get(0))
                .get("MessageSize")).bytes();
        assertEquals(new ByteQuantifiedSize(sizes - large), alice.get("BytesTransferred"));
        PsObject skipped = (PsObject) ((List<?>) alice.get("SkippedItems")).get(0);
        assertEquals("LargeItem", skipped.get("Kind"));
        assertEquals("Scanned contract", skipped.get("Subject"));
        assertEquals("INBOX", skipped.get("FolderName"));

        PsObject bob = statistics("bob@contoso.com");
        assertEquals("Failed", bob.get("Status").toString());
        assertTrue(bob.get("Error").toString().startsWith("Error: MigrationPermanentException: Unable to log into "
                + "account. --> "), bob.get("Error").toString());
        assertTrue(bob.get("Error").toString().endsWith("message: 'LOGIN failed. Invalid login/password for user id "
                + "bob'"), bob.get("Error").toString());
        assertEquals("SyncedWithErrors", ((PsObject) fx.run(GetMigrationBatchCommand.class, "wave1").get(0))
                .get("Status").toString());

        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", "35MB");
        fx.run(SetMigrationBatchCommand.class, "wave1", "-SyncNow");
        fx.runService();
        alice = statistics("alice@contoso.com");
        assertEquals(5L, alice.get("SyncedItemCount"));
        assertEquals(new ByteQuantifiedSize(sizes), alice.get("BytesTransferred"));
        assertEquals(5, MaildirListing.count(dir.resolve("mailstore/alice@contoso.com")));
    }

    @Test
    void a_sync_request_copies_the_folders_it_includes_under_its_target_root_folder() throws Exception {
        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", "1MB");
        fx.run(NewSyncRequestCommand.class, "-Mailbox", "alice", "-Imap", "-RemoteServerName", "127.0.0.1",
                "-RemoteServerPort", source.settings().port(), "-RemoteEmailAddress", "alice@old.example",
                "-UserName", "alice", "-Password", new SecureString("secret1".toCharArray()), "-IncludeFolders",
                List.of("#Inbox#", "Projects/*"), "-ExcludeFolders", List.of("Projects/Old"), "-TargetRootFolder",
                "Imported", "-LargeItemLimit", 5);
        fx.runService();
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());

        PsObject s = (PsObject) fx.run(GetSyncRequestStatisticsCommand.class, "alice\\Sync").get(0);
        assertEquals("Synced", s.get("Status").toString());
        assertEquals(2L, s.get("ItemsTransferred"), "Welcome and Plan; the scanned contract is too large");
        assertEquals(1, s.get("LargeItemsEncountered"));
        assertEquals(100, s.get("PercentComplete"));
        Map<String, List<String>> target = MaildirListing.of(dir.resolve("mailstore/alice@contoso.com"));
        // Maildir++ needs no directory for the parent "Imported"; Dovecot lists it as a parent with children.
        assertEquals(Map.of("INBOX", List.of(),
                "Imported/INBOX", List.of("Welcome [S] 2024-05-01T10:00:00Z"),
                "Imported/Projects", List.of("Plan [F] 2024-05-03T10:00:00Z")), target);
    }
}
