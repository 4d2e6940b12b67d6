package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.target.ImapTarget;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole syncs from a GreenMail source to a Maildir and to a second GreenMail. */
class MailboxSyncGreenMailTest {
    @TempDir
    Path tmp;

    private GreenMailServer source;
    private GreenMailServer target;
    private final JournalDatabase db = new JournalDatabase();

    static final List<TestMessage> INBOX = List.of(
            TestMessage.of("Quarterly report", "\\Seen", "2024-03-01T09:15:00+01:00"),
            TestMessage.of("Lunch on Friday", "\\Seen \\Answered", "2024-02-11T12:00:00Z"),
            TestMessage.of("Build failed", "\\Flagged $Label1", "2023-12-24T23:59:59-05:00"),
            TestMessage.of("No id here", "", "2022-06-30T08:00:00Z", false, 3),
            TestMessage.of("Invoice 42", "\\Seen $Forwarded", "2021-01-05T10:30:00+09:00"),
            TestMessage.of("Old newsletter", "", "2015-05-05T05:05:05Z", true, 40));
    static final List<TestMessage> SENT = List.of(
            TestMessage.of("Re: Lunch on Friday", "\\Seen", "2024-02-11T12:30:00Z"),
            TestMessage.of("Proposal", "\\Seen", "2023-10-10T10:10:10Z"));

    @BeforeEach
    void start() throws Exception {
        source = new GreenMailServer().user("alice", "secret1");
        target = new GreenMailServer().user("bob", "secret2");
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append("INBOX", INBOX);
            s.append("Sent Items", SENT);
            s.append("Archive", List.of(TestMessage.of("Archived", "\\Seen", "2019-01-01T00:00:00Z")));
            s.append("Archive.2019", List.of(TestMessage.of("From 2019", "\\Seen \\Flagged", "2019-07-01T00:00:00Z"),
                    TestMessage.of("Also 2019", "", "2019-08-01T00:00:00Z")));
            s.append("Entwürfe", List.of(TestMessage.of("Half written", "\\Draft", "2024-01-02T03:04:05Z")));
            s.folder("Empty");
        }
    }

    @AfterEach
    void stop() {
        source.close();
        target.close();
    }

    SyncJob job(io.migsh.target.MailTarget t) {
        return SyncJob.of("alice@example.com", source.endpoint(), source.login("alice", "secret1"), t)
                .withLimits(SyncLimits.DEFAULTS.withRetries(2, java.time.Duration.ofMillis(10)));
    }

    Map<String, List<String>> sourceSnapshot() throws Exception {
        return MailboxSnapshot.ofImap(source.endpoint(), "alice", "secret1");
    }

    /** The source snapshot with folder names as the given target names them. */
    static Map<String, List<String>> renamed(Map<String, List<String>> snapshot, Map<String, String> names) {
        Map<String, List<String>> out = new TreeMap<>();
        snapshot.forEach((k, v) -> out.put(names.getOrDefault(k, k), v));
        return out;
    }

    @Test
    void copies_every_folder_to_maildir_with_flags_and_dates_and_sent_items_onto_sent() throws Exception {
        Path maildir = tmp.resolve("alice");
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job(new MaildirTarget(maildir)), db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> l.failures + " " + l.events);
        assertEquals(12, r.copied());
        assertEquals(12, r.itemsSynced());
        assertEquals(12, r.itemsInSource());
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
