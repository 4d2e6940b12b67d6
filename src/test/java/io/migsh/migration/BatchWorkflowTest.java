package io.migsh.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.UserStatus;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.runtime.PsException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWorkflowTest {
    private static final String TWO = "EmailAddress,UserName,Password\nalice@contoso.com,alice,pw1\n"
            + "bob@contoso.com,bob,pw2\n";

    @TempDir
    Path dir;
    MigrationWorld w;

    @BeforeEach
    void setUp() {
        w = new MigrationWorld(dir);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    private UserStatus status(String address) {
        return w.session.db().inTransaction(r -> r.users().byAddress(address).orElseThrow().status());
    }

    private SyncRequest request(String address) {
        return w.session.db().inTransaction(r -> r.requests().byId(r.users().byAddress(address).orElseThrow()
                .requestId()).orElseThrow());
    }

    @Test
    void a_batch_goes_from_created_through_synced_to_completed() {
        assertEquals(BatchStatus.Created, w.batch("wave1", TWO).status());
        assertEquals(UserStatus.Queued, status("alice@contoso.com"));
        w.run();
        assertEquals(0, w.engine.jobs.size(), "nothing runs before Start-MigrationBatch");

        assertEquals(BatchStatus.Syncing, w.session.batches().start("wave1").status());
        w.run();
        assertEquals(BatchStatus.Synced, w.session.batches().get("wave1").status());
        assertEquals(UserStatus.Synced, status("bob@contoso.com"));
        SyncRequest alice = request("alice@contoso.com");
        assertEquals(RequestStatus.Synced, alice.status());
        assertEquals("MigrationService:wave1", alice.name());
        assertEquals(3, alice.counters().itemsSynced());
        assertEquals(1, alice.counters().itemsSkipped());
        assertEquals(w.clock.instant().plus(Duration.ofHours(24)), alice.nextSyncAt().toInstant());
        assertEquals("pw1", new String(w.engine.jobs.stream().filter(j -> j.credentials().userName().equals("alice"))
                .findFirst().orElseThrow().credentials().password()));

        w.clock.advance(Duration.ofHours(25));
        w.run();
        assertEquals(4, request("alice@contoso.com").counters().itemsSynced(), "an incremental sync a day later");

        assertEquals(BatchStatus.Completing, w.session.batches().complete("wave1", false).status());
        assertEquals(UserStatus.Completing, status("alice@contoso.com"));
        w.run();
        assertEquals(BatchStatus.Completed, w.session.batches().get("wave1").status());
        assertEquals(UserStatus.Completed, status("alice@contoso.com"));
        assertEquals(RequestStatus.Completed, request("alice@contoso.com").status());
        assertEquals(SyncKind.Final, w.engine.jobs.get(w.engine.jobs.size() - 1).kind());
        List<String> timeline = w.session.db().inTransaction(r -> r.events().of(
                w.session.batches().get("wave1").id())).stream().map(c -> c.toStatus()).toList();
        assertEquals(List.of("Created", "Syncing", "Synced", "Completing", "Completed"), timeline);
    }

    @Test
    void a_bad_password_fails_the_user_and_the_batch_syncs_with_errors() {
        w.batch("wave1", "EmailAddress,UserName,Password\nalice@contoso.com,alice,wrong\nbob@contoso.com,bob,pw\n");
        w.session.batches().start("wave1");
        w.run();
        assertEquals(BatchStatus.SyncedWithErrors, w.session.batches().get("wave1").status());
        assertEquals(UserStatus.Failed, status("alice@contoso.com"));
        SyncRequest failed = request("alice@contoso.com");
        assertEquals(RequestStatus.Failed, failed.status());
        assertTrue(failed.failure().message().contains("Response code: 'AUTHENTICATIONFAILED'"));
        assertEquals(0, failed.counters().percentComplete(), "a pass that failed at LOGIN did nothing");
        assertEquals(100, request("bob@contoso.com").counters().percentComplete());
        PsException e = assertThrows(PsException.class, () -> w.session.batches().complete("wave1", true));
        assertTrue(e.getMessage().contains("-SyncAndComplete"), e.getMessage());

        w.session.batches().complete("wave1", false);
        w.run();
        assertEquals(BatchStatus.CompletedWithErrors, w.session.batches().get("wave1").status());
    }

    @Test
    void stop_and_start_resume_the_users_and_retry_failures() {
        w.batch("wave1", TWO);
        w.session.batches().start("wave1");
        assertEquals(BatchStatus.Stopped, w.session.batches().stop("wave1").status());
        assertEquals(UserStatus.Stopped, status("alice@contoso.com"));
        assertEquals(RequestStatus.Suspended, request("alice@contoso.com").status());
        w.run();
        assertEquals(0, w.engine.jobs.size());
        w.session.batches().start("wave1");
        w.run();
        assertEquals(BatchStatus.Synced, w.session.batches().get("wave1").status());
        PsException e = assertThrows(PsException.class, () -> w.session.batches().stop("nope"));
        assertTrue(e.getMessage().startsWith("The operation couldn't be performed because object 'nope' couldn't "
                + "be found on '"), e.getMessage());
    }

    @Test
    void complete_is_refused_before_the_batch_is_synced() {
        w.batch("wave1", TWO);
        PsException e = assertThrows(PsException.class, () -> w.session.batches().complete("wave1", false));
        assertEquals("The migration batch 'wave1' can't be completed because its status is Created. A batch can be "
                + "completed when its status is Synced or SyncedWithErrors.", e.getMessage());
        assertEquals("Microsoft.Exchange.Migration.MigrationPermanentException", e.record().exceptionType());
    }

    @Test
    void transient_failures_are_retried_later() {
        w.engine.transientFailuresLeft = 1;
        w.batch("wave1", "EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\n");
        w.session.batches().start("wave1");
        w.run();
        assertEquals(RequestStatus.Queued, request("alice@contoso.com").status());
        assertEquals("CommunicationErrorTransientException", request("alice@contoso.com").failure().failureType());
        w.clock.advance(Duration.ofMinutes(2));
        w.run();
        assertEquals(RequestStatus.Synced, request("alice@contoso.com").status());
        assertNull(request("alice@contoso.com").failure());
    }

    @Test
    void a_user_fails_once_the_retry_policys_passes_run_out_with_growing_pauses_between_them() {
        w.close();
        w = new MigrationWorld(dir.resolve("quick"), ServiceOptions.manual().withRetries(new RetryPolicy(1, Duration.ofMillis(10), 3,
                Duration.ofSeconds(10))));
        w.engine.transientFailuresLeft = 3;
        w.batch("wave1", "EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\n");
        w.session.batches().start("wave1");
        w.run();
        assertEquals(RequestStatus.Queued, request("alice@contoso.com").status());
        assertEquals(w.clock.instant().plusSeconds(10), request("alice@contoso.com").nextSyncAt().toInstant());
        w.clock.advance(Duration.ofSeconds(10));
        w.run();
        assertEquals(RequestStatus.Queued, request("alice@contoso.com").status(), "the second failed pass");
        assertEquals(w.clock.instant().plusSeconds(20), request("alice@contoso.com").nextSyncAt().toInstant());
        w.clock.advance(Duration.ofSeconds(20));
        w.run();
        assertEquals(RequestStatus.Failed, request("alice@contoso.com").status(), "the third failed pass");
        assertEquals(UserStatus.Failed, status("alice@contoso.com"));
        assertEquals("CommunicationErrorTransientException", request("alice@contoso.com").failure().failureType());
        assertEquals(3, w.engine.jobs.size());
        assertEquals(1, w.engine.jobs.get(0).retries().retriesPerPass(), "the policy reaches the engine's job");
    }

    @Test
    void a_request_queued_for_a_retry_sooner_than_the_next_poll_runs_once_its_pause_is_over() throws Exception {
        w.close();
        // The service polls once an hour: only the wake the retry scheduled can run the second pass.
        w = new MigrationWorld(dir.resolve("background"), new ServiceOptions(2, Duration.ofHours(1),
                Duration.ofMinutes(5), true, new RetryPolicy(1, Duration.ofMillis(10), 3, Duration.ofSeconds(2))));
        w.engine.transientFailuresLeft = 1;
        w.engine.gate = new java.util.concurrent.CountDownLatch(1);
        w.batch("wave1", "EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\n");
        w.session.batches().start("wave1");
        w.engine.gate.countDown();
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (request("alice@contoso.com").failure() == null && System.nanoTime() < until) Thread.sleep(5);
        assertEquals(RequestStatus.Queued, request("alice@contoso.com").status(), "the first pass failed");
        // The test's clock stands still; the pause is over for the store once it moves past it.
        w.clock.advance(Duration.ofSeconds(2));
        while (request("alice@contoso.com").status() != RequestStatus.Synced && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(RequestStatus.Synced, request("alice@contoso.com").status());
        assertEquals(2, w.engine.jobs.size());
    }

    @Test
    void endpoint_limits_keep_users_queued() {
        w.session.endpoints().update("src", null, io.migsh.migration.model.Unlimited.of(1), null, true);
        w.batch("wave1", TWO);
        w.session.batches().start("wave1");
        w.engine.gate = new java.util.concurrent.CountDownLatch(1);
        assertEquals(1, w.session.service().tick());
        assertEquals(0, w.session.service().tick(), "the second user waits for the first");
        assertEquals(List.of(UserStatus.Queued, UserStatus.Syncing), java.util.stream.Stream.of("alice", "bob")
                .map(u -> status(u + "@contoso.com")).sorted().toList());
        w.engine.gate.countDown();
        w.run();
        assertEquals(BatchStatus.Synced, w.session.batches().get("wave1").status());
    }

    @Test
    void the_engine_forgets_a_removed_request_at_once_or_when_its_running_pass_ends() throws Exception {
        w.batch("wave1", TWO);
        w.session.batches().start("wave1");
        w.run();
        java.util.UUID alice = request("alice@contoso.com").id();
        w.session.batches().removeUser("alice@contoso.com");
        assertEquals(List.of(alice), w.engine.forgotten);

        java.util.UUID bob = request("bob@contoso.com").id();
        w.engine.gate = new java.util.concurrent.CountDownLatch(1);
        w.session.batches().update("wave1", null, null, false, true);
        assertEquals(1, w.session.service().tick());
        w.session.batches().removeUser("bob@contoso.com");
        assertEquals(List.of(alice), w.engine.forgotten, "not while bob's pass runs");
        w.engine.gate.countDown();
        w.run();
        assertEquals(List.of(alice, bob), w.engine.forgotten);
    }

    @Test
    void removing_a_batch_removes_its_users_and_requests() {
        w.batch("wave1", TWO);
        w.session.batches().start("wave1");
        w.run();
        w.session.batches().remove("wave1");
        assertEquals(0L, (long) w.session.db().<Long>read(s -> s.count("SELECT COUNT(*) FROM sync_request")));
        assertEquals(0L, (long) w.session.db().<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_user")));
        MigrationUser none = w.session.db().inTransaction(r -> r.users().byAddress("alice@contoso.com").orElse(null));
        assertNull(none);
        w.batch("wave2", TWO);
    }

    @Test
    void a_claim_left_by_a_killed_process_lapses_and_the_user_syncs_again() {
        w.batch("wave1", "EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\n");
        w.session.batches().start("wave1");
        SyncRequest q = request("alice@contoso.com");
        w.session.db().inTransaction(r -> r.requests().claim(q.id(), "dead-process", w.session.now(),
                w.session.now().plusMinutes(5)));
        w.run();
        assertEquals(RequestStatus.InProgress, request("alice@contoso.com").status(), "the claim still holds");
        w.clock.advance(Duration.ofMinutes(6));
        w.run();
        assertEquals(RequestStatus.Synced, request("alice@contoso.com").status());
        assertEquals(UserStatus.Synced, status("alice@contoso.com"));
    }
}
