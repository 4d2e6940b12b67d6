package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.target.ImapTarget;
import io.migsh.target.MailTarget;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kill simulation: the sync dies after N appends reached the target but before the journal recorded them; the next
 * run reconciles and the target ends with every message exactly once.
 */
class ExactlyOnceTest extends SyncTestBase {
    /** Small batches, so the crash falls between batches of one folder and in the middle of the run. */
    private static final SyncTuning SMALL_BATCHES = new SyncTuning(1 << 20, 1 << 20, 2, 1 << 20, null);

    @ParameterizedTest(name = "{0} target, crash after {1} appends")
    @CsvSource({"maildir,0", "maildir,3", "imap,0", "imap,1", "imap,4"})
    void a_sync_killed_after_appending_resumes_without_duplicates(String kind, int appends) throws Exception {
        Path maildir = tmp.resolve("alice");
        MailTarget t = kind.equals("maildir") ? new MaildirTarget(maildir)
                : new ImapTarget(target.endpoint(), target.login("bob", "secret2"));
        SyncJob job = job(t).withTuning(SMALL_BATCHES);
        assertThrows(CrashingJournal.Crash.class,
                () -> new MailboxSync().run(job, new CrashingJournal(db.journal(), appends), null));
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job, db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
        assertTrue(l.events.stream().anyMatch(e -> e.matches(".*Reconciled (\\d+) unconfirmed appends: \\1 had reached.*")),
                () -> String.join("\n", l.events));
        Map<String, java.util.List<String>> got = kind.equals("maildir") ? MailboxSnapshot.ofMaildir(maildir)
                : MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2");
        Map<String, java.util.List<String>> want = kind.equals("maildir")
                ? renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")) : sourceSnapshot();
        assertEquals(want, got);
        assertEquals(12, r.itemsSynced());
    }
}
