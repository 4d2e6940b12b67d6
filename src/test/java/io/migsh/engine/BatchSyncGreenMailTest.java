package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.UserStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration batch run by the real engine from GreenMail into the embedded Maildir store. */
class BatchSyncGreenMailTest {
    private static final String ALICE = "alice@contoso.com";

    @TempDir
    Path dir;
    SourceServer source;
    EngineWorld world;

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("alice", "secret1");
        source.append("alice", "INBOX",
                Mail.of("Quarterly report", "\\Seen", "2024-03-01T09:15:00+01:00"),
                Mail.of("Build failed", "\\Flagged $Label1", "2023-12-24T23:59:59-05:00"),
                Mail.of("Invoice 42", "\\Seen \\Answered", "2021-01-05T10:30:00+09:00", 40));
        source.append("alice", "Sent Items", Mail.of("Proposal", "\\Seen", "2023-10-10T10:10:10Z"));
        source.folder("alice", "Archive");
        source.append("alice", "Archive.2019", Mail.of("From 2019", "\\Seen \\Flagged", "2019-07-01T00:00:00Z"));
        source.folder("alice", "Empty");
        world = new EngineWorld(dir, source).mailbox("alice");
        world.batch("wave1", "EmailAddress,UserName,Password\n" + ALICE + ",alice,secret1\n",
                BatchOptions.defaults());
        world.session.batches().start("wave1");
        world.run();
    }

    @AfterEach
    void tearDown() {
        world.close();
        source.close();
    }

    @Test
    void the_initial_sync_copies_every_folder_with_flags_and_dates_and_counts_items_and_bytes() throws Exception {
        assertEquals(UserStatus.Synced, world.user(ALICE).status());
        assertEquals(BatchStatus.Synced, world.session.batches().get("wave1").status());
        assertEquals(RequestStatus.Synced, world.request(ALICE).status());
        assertNull(world.request(ALICE).failure());
        assertEquals(Map.of(
                "INBOX", List.of("Build failed [Fa] 2023-12-25T04:59:59Z", "Invoice 42 [RS] 2021-01-05T01:30:00Z",
                        "Quarterly report [S] 2024-03-01T08:15:00Z"),
                "Sent", List.of("Proposal [S] 2023-10-10T10:10:10Z"),
                "Archive", List.of(),
                "Archive/2019", List.of("From 2019 [FS] 2019-07-01T00:00:00Z"),
                "Empty", List.of()), MaildirListing.of(world.maildir(ALICE)));

        SyncCounters c = world.request(ALICE).counters();
        assertEquals(5, c.itemsSynced());
        assertEquals(5, c.totalItemsInSource());
        assertEquals(source.totalSize("alice"), c.bytesTransferred(), "BytesTransferred is the source's RFC822.SIZE");
        assertTrue(c.bytesTransferred() > 1800, "the 40-line body alone is 1,800 bytes (GreenMail's RFC822.SIZE "
                + "counts bodies only)");
        assertEquals(0, c.itemsSkipped());
        assertEquals(100, c.percentComplete());
        assertNotNull(world.user(ALICE).lastSuccessfulSyncAt());
        assertTrue(world.report(ALICE).stream().anyMatch(line -> line.startsWith(
                "Initial sync pass completed: 5 items copied (" + c.bytesTransferred() + " bytes)")),
                () -> String.join("\n", world.report(ALICE)));
    }

    @Test
    void an_incremental_sync_copies_only_what_arrived_since() throws Exception {
        long before = world.request(ALICE).counters().bytesTransferred();
        source.append("alice", "INBOX", Mail.of("Arrived later", "", "2024-06-02T08:00:00Z"));
        source.append("alice", "Empty", Mail.of("First in Empty", "\\Seen", "2024-06-02T09:00:00Z"));

        world.session.batches().update("wave1", null, null, false, true);
        assertEquals(RequestStatus.Queued, world.request(ALICE).status(), "-SyncNow queues the synced user");
        world.run();

        assertEquals(RequestStatus.Synced, world.request(ALICE).status());
        Map<String, List<String>> target = MaildirListing.of(world.maildir(ALICE));
        assertEquals(4, target.get("INBOX").size());
        assertTrue(target.get("INBOX").contains("Arrived later [] 2024-06-02T08:00:00Z"), target::toString);
        assertEquals(List.of("First in Empty [S] 2024-06-02T09:00:00Z"), target.get("Empty"));
        assertEquals(7, MaildirListing.count(world.maildir(ALICE)));
        SyncCounters c = world.request(ALICE).counters();
        assertEquals(7, c.itemsSynced(), "5 from the initial sync and 2 now");
        assertEquals(7, c.totalItemsInSource());
        assertEquals(source.totalSize("alice"), c.bytesTransferred());
        assertTrue(c.bytesTransferred() > before);
        assertTrue(world.report(ALICE).stream().anyMatch(line -> line.startsWith(
                "Incremental sync pass completed: 2 items copied")), () -> String.join("\n", world.report(ALICE)));

        world.session.batches().update("wave1", null, null, false, true);
        world.run();
        assertEquals(7, world.request(ALICE).counters().itemsSynced(), "nothing new: nothing copied");
        assertEquals(7, MaildirListing.count(world.maildir(ALICE)));
    }

    @Test
    void removing_the_batch_drops_the_engines_journal_of_its_users() {
        String key = world.request(ALICE).id().toString();
        assertEquals(5L, journalRows("sync_folder", key), "INBOX, Sent Items, Archive, Archive.2019, Empty");
        assertEquals(5L, journalRows("sync_message", key));

        world.session.batches().remove("wave1");
        assertEquals(0L, journalRows("sync_folder", key));
        assertEquals(0L, journalRows("sync_message", key));
        assertEquals(5, MaildirListing.count(world.maildir(ALICE)), "the mail stays in the mailbox");
    }

    private long journalRows(String table, String mailboxKey) {
        String sql = table.equals("sync_folder") ? "SELECT COUNT(*) FROM sync_folder WHERE mailbox_key = ?"
                : "SELECT COUNT(*) FROM sync_message m JOIN sync_folder f ON f.folder_id = m.folder_id "
                        + "WHERE f.mailbox_key = ?";
        return world.session.db().read(s -> s.count(sql, mailboxKey));
    }
}
