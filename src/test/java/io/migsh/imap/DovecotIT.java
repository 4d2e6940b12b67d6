package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import io.migsh.target.ImapTarget;
import io.migsh.target.MaildirTarget;
import jakarta.mail.Flags;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against real Dovecot servers started by bench/dovecot-it.sh (skipped otherwise): admin logins (a master user by
 * AUTHENTICATE PLAIN with an authorization identity, and Dovecot's "user*admin" form), STARTTLS, and flag changes
 * carried by CONDSTORE.
 */
class DovecotIT {
    private static final String PORTS = System.getenv("MIGSH_DOVECOT_IT");
    private static int src;
    private static int dst;

    @TempDir
    Path tmp;

    @BeforeAll
    static void ports() {
        assumeTrue(PORTS != null, "set MIGSH_DOVECOT_IT=src,dst (bench/dovecot-it.sh does)");
        String[] p = PORTS.split(",");
        src = Integer.parseInt(p[0]);
        dst = Integer.parseInt(p[1]);
    }

    private static ImapEndpoint endpoint(int port, ImapSecurity security) {
        return ImapEndpoint.of("127.0.0.1", port, security).trustingAllCertificates();
    }

    private SyncResult sync(String key, ImapCredentials credentials, ImapSecurity security, JournalDatabase db,
                            io.migsh.target.MailTarget target) {
        SyncJob job = SyncJob.of(key, endpoint(src, security), credentials, target);
        return new MailboxSync().run(job, db.journal(), null);
    }

    @Test
    void an_admin_reaches_the_users_mailbox_with_authenticate_plain_and_with_the_star_form() throws Exception {
        Map<String, List<String>> user1 = MailboxSnapshot.ofImap(endpoint(src, ImapSecurity.NONE), "user1", "pass1");
        for (ImapCredentials admin : List.of(ImapCredentials.onBehalfOf("admin", "adminpass", "user1"),
                ImapCredentials.login("user1*admin", "adminpass"))) {
            Path maildir = tmp.resolve(admin.method().name());
            SyncResult r = sync("user1-" + admin.method(), admin, ImapSecurity.NONE, new JournalDatabase(),
                    new MaildirTarget(maildir));
            assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
            assertEquals(user1.values().stream().mapToInt(List::size).sum(), (int) r.copied());
        }
    }

    @Test
    void a_folder_the_server_will_not_open_is_reported_and_the_others_go_on() throws Exception {
        try (MailboxSeeder s = new MailboxSeeder(src, "user2", "pass2")) {
            s.append("Locked", List.of(TestMessage.of("Secret", "", "2020-01-01T00:00:00Z")));
            s.append("INBOX", List.of(TestMessage.of("Open", "", "2020-01-02T00:00:00Z")));
        }
        Path locked = Path.of(System.getenv("MIGSH_DOVECOT_IT_RUN"), "src/mail/user2/Maildir/.Locked");
        java.nio.file.Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            RecordingListener l = new RecordingListener();
            SyncJob job = SyncJob.of("user2", endpoint(src, ImapSecurity.NONE), ImapCredentials.login("user2", "pass2"),
                    new MaildirTarget(tmp.resolve("user2")));
            SyncResult r = new MailboxSync().run(job, new JournalDatabase().journal(), l);
            assertEquals(SyncOutcome.COMPLETED_WITH_ERRORS, r.outcome(), () -> String.valueOf(r.failure()));
            SyncFailure f = l.failures.get(0);
            assertEquals("Locked", f.context());
            assertTrue(f.message().startsWith("Imap server sent NO response to SelectCommand. Response code: '"),
                    f.message());
            assertTrue(r.copied() >= 1);
        } finally {
            java.nio.file.Files.setPosixFilePermissions(locked,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            try (MailboxSeeder s = new MailboxSeeder(src, "user2", "pass2")) {
                s.delete("Locked");
            }
        }
    }

    @Test
    void starttls_upgrades_the_plain_port() {
        SyncResult r = sync("tls", ImapCredentials.login("user1", "pass1"), ImapSecurity.TLS, new JournalDatabase(),
                new MaildirTarget(tmp.resolve("tls")));
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
        assertTrue(r.copied() > 0);
    }

    @Test
    void flag_changes_reach_the_target_through_condstore_without_copying_again() throws Exception {
        JournalDatabase db = new JournalDatabase();
        ImapTarget target = new ImapTarget(endpoint(dst, ImapSecurity.NONE), ImapCredentials.login("user1", "pass1"));
        try (MailboxSeeder t = new MailboxSeeder(dst, "user1", "pass1")) {
            t.delete("Flagtest");
        }
        try (MailboxSeeder s = new MailboxSeeder(src, "user1", "pass1")) {
            s.delete("Flagtest");
            s.append("Flagtest", List.of(TestMessage.of("Flag me", "", "2020-02-02T02:02:02Z"),
                    TestMessage.of("Leave me", "\\Seen", "2020-02-03T02:02:02Z")));
        }
        try {
            SyncResult first = sync("condstore", ImapCredentials.login("user1", "pass1"), ImapSecurity.NONE, db, target);
            assertEquals(SyncOutcome.COMPLETED, first.outcome(), () -> String.valueOf(first.failure()));
            try (MailboxSeeder s = new MailboxSeeder(src, "user1", "pass1")) {
                s.setFlag("Flagtest", "Flag me", Flags.Flag.FLAGGED, true);
                s.setFlag("Flagtest", "Leave me", Flags.Flag.SEEN, false);
            }
            SyncResult second = sync("condstore", ImapCredentials.login("user1", "pass1"), ImapSecurity.NONE, db,
                    target);
            assertEquals(0, second.copied());
            Map<String, List<String>> source = MailboxSnapshot.ofImap(endpoint(src, ImapSecurity.NONE), "user1", "pass1");
            Map<String, List<String>> copy = MailboxSnapshot.ofImap(endpoint(dst, ImapSecurity.NONE), "user1", "pass1");
            assertEquals(source.get("Flagtest"), copy.get("Flagtest"));
            assertTrue(copy.get("Flagtest").stream().anyMatch(e -> e.contains("[\\Flagged]")));
        } finally {
            try (MailboxSeeder s = new MailboxSeeder(src, "user1", "pass1")) {
                s.delete("Flagtest");
            }
        }
    }
}
