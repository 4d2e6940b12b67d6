package io.migsh.imap;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A GreenMail source seeded with folders, flags and dates, a GreenMail target, and a journal. */
abstract class SyncTestBase {
    @TempDir
    Path tmp;

    GreenMailServer source;
    GreenMailServer target;
    final JournalDatabase db = new JournalDatabase();

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
}
