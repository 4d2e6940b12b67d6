package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.target.ImapTarget;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole syncs from a GreenMail source to a Maildir and to a second GreenMail. */
class MailboxSyncGreenMailTest extends SyncTestBase {
    @Test
    void copies_every_folder_to_maildir_with_flags_and_dates_and_sent_items_onto_sent() throws Exception {
        Path maildir = tmp.resolve("alice");
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job(new MaildirTarget(maildir)), db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> l.failures + " " + l.events);
        assertEquals(12, r.copied());
        assertEquals(12, r.itemsSynced());
        assertEquals(12, r.itemsInSource());
        assertEquals(12, l.progress.get(0).itemsInSource(), "the total is known before copying starts");
        assertEquals(0, l.progress.get(0).percentComplete());
        assertEquals(100, l.progress.get(l.progress.size() - 1).percentComplete());
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
    }

    @Test
    void copies_to_an_imap_target_exactly_once_and_an_unchanged_resync_copies_nothing() throws Exception {
        ImapTarget t = new ImapTarget(target.endpoint(), target.login("bob", "secret2"));
        SyncResult first = new MailboxSync().run(job(t), db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, first.outcome(), () -> String.valueOf(first.failure()));
        Map<String, List<String>> expected = sourceSnapshot();
        assertEquals(expected, MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2"));
        SyncResult again = new MailboxSync().run(job(t).withMode(SyncMode.INCREMENTAL), db.journal(), null);
        assertEquals(0, again.copied());
        assertEquals(12, again.itemsSynced());
        assertEquals(expected, MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2"));
    }

    @Test
    void an_incremental_sync_copies_only_new_messages() throws Exception {
        Path maildir = tmp.resolve("alice");
        new MailboxSync().run(job(new MaildirTarget(maildir)), db.journal(), null);
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append("INBOX", List.of(TestMessage.of("Brand new", "", "2024-05-01T00:00:00Z")));
            s.append("Archive.2019", List.of(TestMessage.of("Late 2019", "\\Seen", "2019-12-31T00:00:00Z")));
        }
        SyncResult r = new MailboxSync().run(job(new MaildirTarget(maildir)).withMode(SyncMode.INCREMENTAL),
                db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, r.outcome());
        assertEquals(2, r.copied());
        assertEquals(14, r.itemsSynced());
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
        List<FolderCheckpoint> cps = db.journal().checkpoints("alice@example.com");
        assertEquals(6, cps.size());
        assertTrue(cps.stream().allMatch(cp -> cp.uidValidity() > 0));
    }
}
