package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.target.ImapTarget;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad login, large items, bad items: what the user sees, in Exchange's words. */
class SyncFailuresTest extends SyncTestBase {
    @Test
    void a_refused_login_fails_the_user_with_the_servers_text() {
        SyncJob job = SyncJob.of("alice@example.com", source.endpoint(), source.login("alice", "wrong"),
                new MaildirTarget(tmp.resolve("m")));
        SyncResult r = new MailboxSync().run(job, db.journal(), null);
        assertEquals(SyncOutcome.FAILED, r.outcome());
        assertEquals("MigrationPermanentException: Unable to log into account. --> Unable to log into account. --> "
                + "The username or password for this account is incorrect, or IMAP access is disabled. --> Imap server "
                + "sent NO response to LoginCommand. Response code: '', message: 'LOGIN failed. Invalid login/password"
                + " for user id alice'", r.failure().toString());
        assertEquals(FailureSide.Source, r.failure().side());
    }

    @Test
    void large_items_are_skipped_and_listed_then_copied_once_the_limit_allows() throws Exception {
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append("INBOX", List.of(TestMessage.of("Holiday photos", "\\Seen", "2024-04-01T10:00:00Z", true, 4000)));
        }
        Path maildir = tmp.resolve("alice");
        SyncJob job = job(new MaildirTarget(maildir));
        SyncLimits small = job.limits().withMaxItemSize(100_000);
        RecordingListener l = new RecordingListener();
        SyncResult failed = new MailboxSync().run(job.withLimits(small), db.journal(), l);
        assertEquals(SyncOutcome.FAILED, failed.outcome());
        assertEquals("TooManyLargeItemsPermanentException: This mailbox exceeded the maximum number of large items "
                + "that were specified for this request.", failed.failure().toString());
        assertEquals(List.of(false), l.skipped.stream().map(SkippedItem::repeated).toList());
        SyncResult ok = new MailboxSync().run(job.withLimits(small.withLargeItemLimit(1)), db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, ok.outcome());
        assertEquals(List.of(false, true), l.skipped.stream().map(SkippedItem::repeated).toList(),
                "the second sync lists the same item again, marked as already reported");
        assertEquals(1, ok.largeItems());
        assertEquals(12, ok.itemsSynced());
        assertEquals(13, ok.itemsInSource());
        SkippedItem item = l.skipped.get(l.skipped.size() - 1);
        assertEquals(SkippedItem.LARGE_ITEM, item.kind());
        assertEquals("INBOX", item.folder());
        assertEquals("Holiday photos", item.subject());
        assertEquals("Alice Example <alice@example.com>", item.sender());
        assertTrue(item.messageSize() > 100_000);
        assertEquals("2024-04-01T10:00Z", item.dateReceived().toString());
        assertFalse(MailboxSnapshot.ofMaildir(maildir).equals(renamed(sourceSnapshot(),
                Map.of("Sent Items", "Sent", "Entwürfe", "Drafts"))));
        SyncResult raised = new MailboxSync().run(job, db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, raised.outcome());
        assertEquals(1, raised.copied());
        assertEquals(0, raised.largeItems());
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
    }

    @Test
    void messages_the_target_refuses_are_bad_items_against_the_bad_item_limit() throws Exception {
        Path maildir = tmp.resolve("alice");
        SyncJob job = job(new RejectingTarget(new MaildirTarget(maildir), "Subject: Build failed"));
        RecordingListener l = new RecordingListener();
        SyncResult failed = new MailboxSync().run(job, db.journal(), l);
        assertEquals(SyncOutcome.FAILED, failed.outcome());
        assertEquals("TooManyBadItemsPermanentException: This mailbox exceeded the maximum number of corrupted items "
                + "that were specified for this move request.", failed.failure().toString());
        assertEquals(FailureSide.Target, failed.failure().side());
        assertEquals(failed.copied(), l.progress.get(l.progress.size() - 1).itemsCopied(),
                "the failed pass's last report counts every copy it made");
        SyncResult ok = new MailboxSync().run(job.withLimits(job.limits().withBadItemLimit(1)), db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, ok.outcome());
        assertEquals(1, ok.badItems());
        SkippedItem bad = l.skipped.get(0);
        assertEquals(SkippedItem.BAD_ITEM, bad.kind());
        assertEquals("Build failed", bad.subject());
        assertEquals("Imap server sent NO response to AppendCommand. Response code: '', message: 'Message contains "
                + "invalid header'", bad.failure());
        assertEquals(11, MailboxSnapshot.ofMaildir(maildir).values().stream().mapToInt(List::size).sum());
    }

    @Test
    void big_messages_stream_in_chunks_to_both_targets_byte_for_byte() throws Exception {
        SyncTuning streaming = new SyncTuning(600, 4096, 50, 512, tmp);
        Path maildir = tmp.resolve("alice");
        SyncResult toMaildir = new MailboxSync().run(job(new MaildirTarget(maildir)).withTuning(streaming),
                db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, toMaildir.outcome(), () -> String.valueOf(toMaildir.failure()));
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
        SyncJob toImap = job(new ImapTarget(target.endpoint(), target.login("bob", "secret2"), tmp))
                .withTuning(streaming);
        SyncResult r = new MailboxSync().run(new SyncJob("other-key", toImap.source(), toImap.credentials(),
                toImap.target(), null, null, toImap.limits(), null, streaming, null), db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, r.outcome());
        assertNull(r.failure());
        assertEquals(sourceSnapshot(), MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2"));
    }
}
