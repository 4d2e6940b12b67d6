package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.SkippedItem;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.UserStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users that fail, and items that are skipped, in batches run by the real engine against GreenMail. */
class BatchFailuresGreenMailTest {
    private static final String ALICE = "alice@contoso.com";
    private static final String BOB = "bob@contoso.com";

    @TempDir
    Path dir;
    SourceServer source;
    EngineWorld world;

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("alice", "secret1").user("bob", "secret2");
        source.append("alice", "INBOX", Mail.of("Hello Alice", "\\Seen", "2024-05-01T10:00:00Z"));
        source.append("bob", "INBOX", Mail.of("Hello Bob", "", "2024-05-02T10:00:00Z"),
                Mail.of("Minutes", "\\Seen", "2024-05-03T10:00:00Z"));
        world = new EngineWorld(dir, source).mailbox("alice").mailbox("bob");
    }

    @AfterEach
    void tearDown() {
        world.close();
        source.close();
    }

    @Test
    void a_wrong_password_fails_that_user_with_exchanges_text_while_the_other_user_syncs() throws Exception {
        world.batch("wave1", "EmailAddress,UserName,Password\n" + ALICE + ",alice,secret1\n" + BOB + ",bob,wrong\n",
                BatchOptions.defaults());
        world.session.batches().start("wave1");
        world.run();

        assertEquals(UserStatus.Synced, world.user(ALICE).status());
        assertEquals(1, MaildirListing.count(world.maildir(ALICE)));
        assertEquals(UserStatus.Failed, world.user(BOB).status());
        assertEquals(BatchStatus.SyncedWithErrors, world.session.batches().get("wave1").status());
        FailureRecord f = world.request(BOB).failure();
        assertEquals("Error: MigrationPermanentException: Unable to log into account. --> Unable to log into "
                + "account. --> The username or password for this account is incorrect, or IMAP access is disabled. "
                + "--> Imap server sent NO response to LoginCommand. Response code: '', message: 'LOGIN failed. "
                + "Invalid login/password for user id bob'", f.errorText());
        assertEquals("Source", f.failureSide());
        assertEquals(-2146233088, f.failureCode());
        assertEquals(1, world.report(BOB).stream().filter(line -> line.startsWith("Unable to log into account."))
                .count(), "the failure is in the report once");

        // The admin fixes the password with Set-MigrationBatch -CSVData and retries with Start-MigrationBatch.
        world.session.batches().update("wave1", null, ("EmailAddress,UserName,Password\n" + BOB + ",bob,secret2\n")
                .getBytes(StandardCharsets.UTF_8), false, false);
        world.session.batches().start("wave1");
        world.run();
        assertEquals(UserStatus.Synced, world.user(BOB).status());
        assertNull(world.request(BOB).failure());
        assertEquals(2, MaildirListing.count(world.maildir(BOB)));
        assertEquals(BatchStatus.Synced, world.session.batches().get("wave1").status());
    }

    @Test
    void a_message_over_max_receive_size_is_a_large_item_until_the_limit_is_raised() throws Exception {
        source.append("alice", "INBOX", Mail.of("Holiday photos", "\\Flagged", "2024-04-01T10:00:00Z", 30_000));
        world.session.directory().setLimits(ALICE, ByteQuantifiedSize.ofMegabytes(1), null, null);
        world.batch("wave1", "EmailAddress,UserName,Password\n" + ALICE + ",alice,secret1\n",
                BatchOptions.defaults());
        world.session.batches().start("wave1");
        world.run();

        // LargeItemLimit 0, Exchange Online's default: the first large item fails the user.
        assertEquals(UserStatus.Failed, world.user(ALICE).status());
        assertEquals("Error: TooManyLargeItemsPermanentException: This mailbox exceeded the maximum number of large "
                + "items that were specified for this request.", world.request(ALICE).failure().errorText());
        List<SkippedItem> skipped = world.skippedItems(ALICE);
        assertEquals(1, skipped.size());
        SkippedItem photos = skipped.get(0);
        assertEquals("LargeItem", photos.kind());
        assertEquals("INBOX", photos.folderName());
        assertEquals("Holiday photos", photos.subject());
        assertEquals("Alice Example <alice@old.example>", photos.sender());
        assertEquals("2024-04-01T10:00Z", photos.dateReceived().toString());
        assertTrue(photos.messageSize() > 1 << 20, () -> "size " + photos.messageSize());
        assertEquals("The message is " + photos.messageSize() + " bytes, larger than the maximum item size of "
                + (1 << 20) + " bytes.", photos.failure());

        // Set-MigrationBatch -LargeItemLimit 1, then Start-MigrationBatch retries the failed user.
        world.session.batches().update("wave1", EngineWorld.limits(0, 1), null, false, false);
        world.session.batches().start("wave1");
        world.run();
        assertEquals(UserStatus.Synced, world.user(ALICE).status());
        assertEquals(List.of("Hello Alice [S] 2024-05-01T10:00:00Z"),
                MaildirListing.of(world.maildir(ALICE)).get("INBOX"));
        assertCounted(1, 1);

        // An incremental sync meets the same large item again; it is still one skipped item.
        world.session.batches().update("wave1", null, null, false, true);
        world.run();
        assertCounted(1, 1);

        // Set-Mailbox -MaxReceiveSize 35MB and Set-MigrationBatch -SyncNow: the item is copied.
        world.session.directory().setLimits(ALICE, ByteQuantifiedSize.ofMegabytes(35), null, null);
        world.session.batches().update("wave1", null, null, false, true);
        world.run();
        assertEquals(UserStatus.Synced, world.user(ALICE).status());
        assertEquals(List.of("Hello Alice [S] 2024-05-01T10:00:00Z", "Holiday photos [F] 2024-04-01T10:00:00Z"),
                MaildirListing.of(world.maildir(ALICE)).get("INBOX"));
        SyncCounters c = world.request(ALICE).counters();
        assertEquals(2, c.itemsSynced());
        assertEquals(source.totalSize("alice"), c.bytesTransferred());
        assertCounted(1, 1);
    }

    /** LargeItemsEncountered and SkippedItemCount, and the listed skipped items, counting each item once. */
    private void assertCounted(int largeItems, int listed) {
        SyncCounters c = world.request(ALICE).counters();
        assertEquals(largeItems, c.largeItemsEncountered());
        assertEquals(largeItems, c.itemsSkipped());
        assertEquals(listed, world.skippedItems(ALICE).size());
    }
}
