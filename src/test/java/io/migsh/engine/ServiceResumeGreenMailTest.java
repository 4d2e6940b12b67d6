package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.ServiceOptions;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.UserStatus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session closed in the middle of a pass, and the next session on the same data directory finishing it. */
class ServiceResumeGreenMailTest {
    private static final String ALICE = "alice@contoso.com";
    private static final int PER_FOLDER = 40;

    @TempDir
    Path dir;
    SourceServer source;
    EngineWorld world;

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("alice", "secret1");
        for (String folder : List.of("INBOX", "Projects", "Travel")) {
            Mail[] mails = new Mail[PER_FOLDER];
            for (int i = 0; i < PER_FOLDER; i++) {
                mails[i] = Mail.of(folder + " " + i, i % 2 == 0 ? "\\Seen" : "",
                        String.format("2024-05-%02dT10:00:00Z", 1 + i % 28));
            }
            source.append("alice", folder, mails);
        }
        world = new EngineWorld(dir, source).mailbox("alice");
        world.batch("wave1", "EmailAddress,UserName,Password\n" + ALICE + ",alice,secret1\n",
                BatchOptions.defaults());
        world.session.batches().start("wave1");
    }

    @AfterEach
    void tearDown() {
        world.close();
        source.close();
    }

    @Test
    void a_pass_stopped_by_closing_the_session_is_finished_by_the_next_session_without_duplicates()
            throws Exception {
        world.close();
        PausingSynchronizer pausing = new PausingSynchronizer(EngineWorld.engine(), 1, false);
        world.open(pausing, ServiceOptions.manual());
        assertEquals(1, world.session.service().tick());
        assertTrue(pausing.paused.await(30, TimeUnit.SECONDS), "the pass copied a first folder");
        int copiedBeforeClose = MaildirListing.count(world.maildir(ALICE));
        assertEquals(PER_FOLDER, copiedBeforeClose, "one folder of three was copied when the session closed");

        long closing = System.nanoTime();
        world.close();
        long closeMillis = (System.nanoTime() - closing) / 1_000_000;
        assertTrue(closeMillis < 10_000, () -> "closing waited " + closeMillis + " ms for the pass to stop");
        assertEquals(PER_FOLDER, MaildirListing.count(world.maildir(ALICE)), "nothing is copied after the close");

        world.open(ServiceOptions.manual());
        assertEquals(RequestStatus.Queued, world.request(ALICE).status(), "the request went back to the queue");
        assertEquals(SyncKind.Initial, world.request(ALICE).nextKind());
        assertEquals(PER_FOLDER, world.request(ALICE).counters().itemsSynced(), "what the stopped pass copied");
        assertTrue(world.report(ALICE).contains("The sync stopped because the migration service shut down. It "
                + "continues when the service runs again."), () -> String.join("\n", world.report(ALICE)));

        world.run();
        assertCompleteWithoutDuplicates();
        assertEquals(3 * PER_FOLDER, world.request(ALICE).counters().itemsSynced());
        assertEquals(source.totalSize("alice"), world.request(ALICE).counters().bytesTransferred());
    }

    @Test
    void a_pass_whose_process_died_is_taken_over_when_its_claim_lapses_without_duplicates() throws Exception {
        world.close();
        PausingSynchronizer dying = new PausingSynchronizer(EngineWorld.engine(), 1, true);
        world.open(dying, ServiceOptions.manual());
        assertEquals(1, world.session.service().tick());
        assertTrue(dying.paused.await(30, TimeUnit.SECONDS));
        world.close();
        assertEquals(PER_FOLDER, MaildirListing.count(world.maildir(ALICE)));

        world.open(ServiceOptions.manual());
        assertEquals(RequestStatus.InProgress, world.request(ALICE).status(), "the dead process's claim");
        world.run();
        assertEquals(PER_FOLDER, MaildirListing.count(world.maildir(ALICE)), "nobody runs it while the claim lasts");
        world.clock.advance(ServiceOptions.manual().lease().plusMinutes(1));
        world.run();
        // The mail is exact; the counters are not compared, since a killed pass loses what it counted in its
        // last half second (the service writes progress at most twice a second).
        assertCompleteWithoutDuplicates();
    }

    private void assertCompleteWithoutDuplicates() throws Exception {
        assertEquals(UserStatus.Synced, world.user(ALICE).status());
        Map<String, List<String>> target = MaildirListing.of(world.maildir(ALICE));
        for (String folder : List.of("INBOX", "Projects", "Travel")) {
            List<String> lines = target.get(folder);
            assertEquals(PER_FOLDER, lines.size(), folder);
            assertEquals(PER_FOLDER, new HashSet<>(lines).size(), folder + " has no duplicates");
        }
    }
}
