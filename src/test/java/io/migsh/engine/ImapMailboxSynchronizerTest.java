package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.JdbcSyncJournal;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.sync.FolderFilter;
import io.migsh.migration.sync.ItemLimits;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.migration.sync.SourceCredentials;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.TargetMailbox;
import io.migsh.store.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapMailboxSynchronizerTest {
    @TempDir
    Path dir;

    private SyncJob job(List<String> include) {
        return new SyncJob(UUID.randomUUID(), "Sync", SyncKind.Initial, new ImapServerSettings("127.0.0.1", 1,
                ImapSecurity.None, AuthenticationMethod.Basic, false), new SourceCredentials("alice",
                "pw".toCharArray(), null, "alice@contoso.com"), new TargetMailbox.Maildir("alice@contoso.com", 1 << 20,
                dir.resolve("alice")), new FolderFilter(include, List.of(), null),
                new ItemLimits(Unlimited.of(0), Unlimited.of(0), 500_000), RetryPolicy.DEFAULT);
    }

    @Test
    void the_service_loader_finds_it_and_a_session_binds_it_to_its_store() {
        MailboxSynchronizer found = ServiceLoader.load(MailboxSynchronizer.class).findFirst().orElseThrow();
        assertInstanceOf(ImapMailboxSynchronizer.class, found);
        assertThrows(IllegalStateException.class, () -> found.synchronize(job(List.of()), new RecordingSyncListener()), "unbound, it has nowhere to keep its journal");
        try (Database db = Database.open(dir.resolve("data"))) {
            assertNotSame(found, found.boundTo(db, Clock.systemUTC()));
            assertInstanceOf(ImapMailboxSynchronizer.class, found.boundTo(db, Clock.systemUTC()));
        }
    }

    @Test
    void a_folder_filter_exchange_would_refuse_fails_the_user_before_connecting() throws Exception {
        java.time.Instant now = java.time.Instant.parse("2024-06-01T08:00:00Z");
        ImapMailboxSynchronizer sync = new ImapMailboxSynchronizer(new JdbcSyncJournal(() -> {
            throw new SQLException("not used");
        }), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        SyncOutcome outcome = sync.synchronize(job(List.of("#Nonsense#")), new RecordingSyncListener());
        assertEquals("Error: MigrationPermanentException: The folder name '#Nonsense#' isn't a valid well-known "
                + "folder.", outcome.failure().errorText());
        assertEquals(false, outcome.transientFailure());
        assertEquals(now, outcome.failure().timestamp().toInstant(), "the failure time is the session clock's");
    }

    @Test
    void a_pass_backing_off_from_an_unreachable_source_stops_as_soon_as_it_is_cancelled() throws Exception {
        try (Database db = Database.open(dir.resolve("data"))) {
            MailboxSynchronizer sync = new ImapMailboxSynchronizer().boundTo(db, Clock.systemUTC());
            RecordingSyncListener listener = new RecordingSyncListener() {
                @Override
                public void report(io.migsh.migration.model.ReportEntry e) {
                    super.report(e);
                    if (e.failure() != null) cancelled = true;
                }
            };
            long start = System.nanoTime();
            SyncOutcome outcome = sync.synchronize(job(List.of()), listener);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 10_000, () -> "stopped after " + millis + " ms; the first back-off alone is 2 s");
            assertEquals("CommunicationErrorTransientException", listener.report.get(0).failure().failureType());
            assertEquals("Source", listener.report.get(0).failure().failureSide());
            assertTrue(outcome.transientFailure());
            assertEquals("MigrationTransientException", outcome.failure().failureType());
        }
    }
}
