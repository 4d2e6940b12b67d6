package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The source connection drops or stalls mid-FETCH: the sync retries, completes, and reports the failure. */
class TransientFailureTest extends SyncTestBase {
    @ParameterizedTest
    @EnumSource(FlakyProxy.Fault.class)
    void a_dropped_or_stalled_connection_is_retried_and_the_copy_completes(FlakyProxy.Fault fault) throws Exception {
        try (FlakyProxy proxy = FlakyProxy.midFetch(source.port(), 2000, fault)) {
            copyThroughSourceProxy(proxy, 1);
        }
    }

    @org.junit.jupiter.api.Test
    void a_drop_then_a_stall_mid_fetch_are_both_retried_and_reported() throws Exception {
        try (FlakyProxy proxy = FlakyProxy.midFetch(source.port(), 2000, FlakyProxy.Fault.DROP,
                FlakyProxy.Fault.STALL)) {
            copyThroughSourceProxy(proxy, 2);
        }
    }

    /** Copies alice to a Maildir through the proxy; the faults are retried, reported, and the copy is exact. */
    private void copyThroughSourceProxy(FlakyProxy proxy, int faults) throws Exception {
        ImapEndpoint viaProxy = ImapEndpoint.of("127.0.0.1", proxy.port(), ImapSecurity.NONE)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2));
        Path maildir = tmp.resolve("alice");
        SyncJob job = new SyncJob("alice@example.com", viaProxy, source.login("alice", "secret1"),
                new MaildirTarget(maildir), null, null,
                SyncLimits.DEFAULTS.withRetries(3, Duration.ofMillis(50)), null,
                new SyncTuning(1 << 20, 1 << 20, 2, 1 << 20, null), null);
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job, db.journal(), l);
        assertEquals(faults, proxy.faultsInjected());
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
        assertEquals(faults, r.transientRetries());
        assertEquals(faults, l.failures.size(), () -> String.valueOf(l.failures));
        for (SyncFailure f : l.failures) {
            assertEquals("CommunicationErrorTransientException", f.failureType());
            assertEquals(FailureSide.Source, f.side());
            assertTrue(f.transientFailure());
        }
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Entwürfe", "Drafts")),
                MailboxSnapshot.ofMaildir(maildir));
    }

    @org.junit.jupiter.api.Test
    void a_target_connection_dropped_after_an_append_is_reconciled_without_duplicates() throws Exception {
        // The target's answers are short: 1,500 bytes in, the drop falls on an APPEND whose answer is lost.
        try (FlakyProxy proxy = new FlakyProxy(target.port(), 1500, FlakyProxy.Fault.DROP)) {
            ImapEndpoint viaProxy = ImapEndpoint.of("127.0.0.1", proxy.port(), ImapSecurity.NONE)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
            SyncJob job = new SyncJob("alice@example.com", source.endpoint(), source.login("alice", "secret1"),
                    new io.migsh.target.ImapTarget(viaProxy, target.login("bob", "secret2")), null, null,
                    SyncLimits.DEFAULTS.withRetries(3, Duration.ofMillis(50)), null,
                    new SyncTuning(1 << 20, 1 << 20, 3, 1 << 20, null), null);
            RecordingListener l = new RecordingListener();
            SyncResult r = new MailboxSync().run(job, db.journal(), l);
            assertTrue(proxy.hasFailed());
            assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
            assertEquals(FailureSide.Target, l.failures.get(0).side());
            assertTrue(l.events.stream().anyMatch(e -> e.contains("unconfirmed appends")), () -> String.join("\n",
                    l.events));
            assertEquals(sourceSnapshot(), MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2"));
        }
    }

    @org.junit.jupiter.api.Test
    void an_unreachable_source_fails_the_user_once_retries_run_out() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SyncJob job = new SyncJob("alice@example.com", ImapEndpoint.of("127.0.0.1", closedPort, ImapSecurity.NONE),
                source.login("alice", "secret1"), new MaildirTarget(tmp.resolve("m")), null, null,
                SyncLimits.DEFAULTS.withRetries(2, Duration.ofMillis(10)), null, null, null);
        RecordingListener l = new RecordingListener();
        SyncResult r = new MailboxSync().run(job, db.journal(), l);
        assertEquals(SyncOutcome.FAILED, r.outcome());
        assertEquals("MigrationTransientException", r.failure().failureType());
        assertTrue(r.failure().message().startsWith("The sync failed after 2 retries. --> "), r.failure().message());
        assertEquals(3, r.transientRetries());
    }
}
