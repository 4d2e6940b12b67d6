package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import io.migsh.target.MaildirTarget;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SSL, certificate trust, and a source that renumbers a folder (UIDVALIDITY change). */
class ConnectionVariantsTest extends SyncTestBase {
    @Test
    void syncs_over_implicit_tls() throws Exception {
        GreenMail imaps = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        imaps.start();
        try {
            imaps.setUser("carol@example.com", "carol", "secret3");
            ImapEndpoint ssl = ImapEndpoint.of("127.0.0.1", imaps.getImaps().getPort(), ImapSecurity.SSL)
                    .trustingAllCertificates();
            SyncJob job = SyncJob.of("carol", ssl, ImapCredentials.login("carol", "secret3"),
                    new MaildirTarget(tmp.resolve("carol")));
            SyncResult r = new MailboxSync().run(job, db.journal(), null);
            assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
            assertEquals(0, r.itemsInSource());
        } finally {
            imaps.stop();
        }
    }

    @Test
    void an_untrusted_certificate_is_a_transient_failure_of_the_source_side() throws Exception {
        GreenMail imaps = new GreenMail(ServerSetupTest.IMAPS.dynamicPort());
        imaps.start();
        try {
            imaps.setUser("carol@example.com", "carol", "secret3");
            ImapEndpoint ssl = ImapEndpoint.of("127.0.0.1", imaps.getImaps().getPort(), ImapSecurity.SSL);
            SyncJob job = SyncJob.of("carol", ssl, ImapCredentials.login("carol", "secret3"),
                    new MaildirTarget(tmp.resolve("carol")))
                    .withLimits(SyncLimits.DEFAULTS.withRetries(0, java.time.Duration.ofMillis(1)));
            SyncResult r = new MailboxSync().run(job, db.journal(), null);
            assertEquals(SyncOutcome.FAILED, r.outcome());
            assertEquals(FailureSide.Source, r.failure().side());
        } finally {
            imaps.stop();
        }
    }

    @Test
    void a_uidvalidity_change_is_followed_without_duplicates() throws Exception {
        Path maildir = tmp.resolve("alice");
        SyncJob job = job(new MaildirTarget(maildir));
        assertEquals(SyncOutcome.COMPLETED, new MailboxSync().run(job, db.journal(), null).outcome());
        long before = db.journal().checkpoint("alice@example.com", "Archive.2019").orElseThrow().uidValidity();
        recreate("Archive.2019", List.of(TestMessage.of("From 2019", "\\Seen \\Flagged", "2019-07-01T00:00:00Z"),
                TestMessage.of("Also 2019", "", "2019-08-01T00:00:00Z"),
                TestMessage.of("New in 2019", "", "2019-09-01T00:00:00Z")));
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job.withMode(SyncMode.INCREMENTAL), db.journal(), l);
        assertEquals(SyncOutcome.COMPLETED, r.outcome());
        long after = db.journal().checkpoint("alice@example.com", "Archive.2019").orElseThrow().uidValidity();
        assertTrue(after != before, "GreenMail gave the recreated folder a new UIDVALIDITY");
        assertTrue(l.events.contains("Archive/2019: UIDVALIDITY changed from " + before + " to " + after
                + ": 2 messages recognised, 1 to copy."), () -> String.join("\n", l.events));
        assertEquals(1, r.copied());
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
    }

    @Test
    void with_a_user_root_only_the_folders_under_it_are_copied_relative_to_it() throws Exception {
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append("users.alice.Projects", List.of(TestMessage.of("Under the root", "", "2022-02-02T00:00:00Z")));
        }
        Path maildir = tmp.resolve("rooted");
        SyncResult r = new MailboxSync().run(job(new MaildirTarget(maildir)).withUserRoot("/users/alice"),
                db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
        Map<String, List<String>> got = MailboxSnapshot.ofMaildir(maildir);
        assertEquals(List.of("INBOX", "Projects"), List.copyOf(new java.util.TreeSet<>(got.keySet())));
        assertEquals(1, got.get("Projects").size());
        assertEquals(7, r.copied(), "INBOX's six and the one under the root");
    }

    private void recreate(String folder, List<TestMessage> messages) throws Exception {
        Properties p = new Properties();
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", source.port(), "alice", "secret1");
        try {
            Folder f = store.getFolder(folder);
            f.delete(true);
        } finally {
            store.close();
        }
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append(folder, messages);
        }
    }
}
