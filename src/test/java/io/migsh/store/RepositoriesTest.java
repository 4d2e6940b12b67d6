package io.migsh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.AcceptedDomain;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.ByteQuantifiedSize;
import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.migration.model.MigrationBatch;
import io.migsh.migration.model.MigrationEndpoint;
import io.migsh.migration.model.MigrationUser;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SourceLogin;
import io.migsh.migration.model.SyncCounters;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncOptions;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.model.UserStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoriesTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ImapServerSettings SOURCE = new ImapServerSettings("imap.old.example", 993, ImapSecurity.Ssl,
            AuthenticationMethod.Basic, false);

    @TempDir
    Path dir;
    Database db;
    final UUID dbId = UUID.randomUUID();
    final UUID mailboxId = UUID.randomUUID();
    final UUID endpointId = UUID.randomUUID();
    final UUID batchId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        db.inTransaction(r -> {
            r.domains().insert(new AcceptedDomain(UUID.randomUUID(), "contoso.com", "Contoso.com", "Authoritative",
                    true, T0));
            r.databases().insert(new MailboxDatabase(dbId, "Mailbox Database", DatabaseKind.Maildir, "/srv/mail",
                    null, null, null, true, T0));
            r.mailboxes().insert(new Mailbox(mailboxId, "alice", "alice", "Alice", "Alice@contoso.com",
                    "alice@contoso.com", dbId, null, Mailbox.DEFAULT_MAX_SIZE, Mailbox.DEFAULT_MAX_SIZE, T0));
            r.endpoints().insert(new MigrationEndpoint(endpointId, "src", SOURCE, Unlimited.of(100),
                    Unlimited.UNLIMITED, T0));
            r.batches().insert(new MigrationBatch(batchId, "wave1", BatchStatus.Created, endpointId,
                    new BatchOptions(List.of("Deleted Items", "Junk Email"), List.of(), false, false, Unlimited.of(0),
                            Unlimited.of(5), List.of("admin@contoso.com"), null, null, false, "UTC",
                            Duration.ofHours(24), false), T0, null, null, null, null, null, "admin", null));
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void directory_objects_are_found_by_any_case_of_their_names() {
        db.inTransaction(r -> {
            assertEquals("contoso.com", r.domains().byDomain("CONTOSO.COM").orElseThrow().name());
            Mailbox m = r.mailboxes().byIdentity("ALICE@contoso.com").orElseThrow();
            assertEquals(mailboxId, m.id());
            assertEquals("35 MB (36,700,160 bytes)", m.maxReceiveSize().toString());
            r.mailboxes().update(m.withMaxReceiveSize(ByteQuantifiedSize.ofMegabytes(150)));
            assertEquals(150L << 20, r.mailboxes().byId(mailboxId).orElseThrow().maxReceiveSize().bytes());
            assertEquals(DatabaseKind.Maildir, r.databases().defaultDatabase().orElseThrow().kind());
            MigrationEndpoint e = r.endpoints().byName("SRC").orElseThrow();
            assertEquals(SOURCE, e.server());
            assertTrue(e.maxConcurrentIncrementalSyncs().isUnlimited());
            return null;
        });
    }

    @Test
    void a_batch_keeps_its_options_and_users_their_sealed_passwords() {
        String sealed = db.secrets().seal("pw".toCharArray());
        db.inTransaction(r -> {
            r.users().insertAll(List.of(new MigrationUser(UUID.randomUUID(), batchId, "alice@contoso.com", "alice",
                    sealed, null, UserStatus.Queued, mailboxId, null, null, null, 2, T0)));
            return null;
        });
        db.inTransaction(r -> {
            MigrationBatch b = r.batches().byName("Wave1").orElseThrow();
            assertEquals(List.of("Deleted Items", "Junk Email"), b.options().excludeFolders());
            assertEquals(Unlimited.of(5), b.options().largeItemLimit());
            assertEquals(Duration.ofHours(24), b.options().reportInterval());
            MigrationUser u = r.users().byAddress("ALICE@CONTOSO.COM").orElseThrow();
            assertEquals("pw", new String(db.secrets().open(u.passwordSecret())));
            assertEquals(2, u.rowNumber());
            assertEquals(1, r.users().find(batchId, Set.of(UserStatus.Queued)).size());
            assertEquals(0, r.users().find(null, Set.of(UserStatus.Failed)).size());
            assertEquals(1, (int) r.users().countByStatus(batchId).get(UserStatus.Queued));
            return null;
        });
    }

    @Test
    void only_one_worker_claims_a_queued_request() {
        UUID id = UUID.randomUUID();
        db.inTransaction(r -> {
            r.requests().insert(new SyncRequest(id, "Sync", mailboxId, null, null, null, RequestStatus.Queued,
                    SyncKind.Initial, SOURCE, new SourceLogin("alice", "alice@old.example",
                            db.secrets().seal("pw".toCharArray()), null),
                    new SyncOptions(List.of(), List.of("Junk"), null, Unlimited.of(0), Unlimited.of(0),
                            SyncOptions.REQUEST_INTERVAL, null, null), null, null, T0, T0, null, null,
                    SyncCounters.ZERO, null));
            return null;
        });
        db.inTransaction(r -> {
            assertEquals(1, r.requests().due(T0, 10).size());
            assertTrue(r.requests().claim(id, "w1", T0, T0.plusMinutes(5)));
            assertFalse(r.requests().claim(id, "w2", T0, T0.plusMinutes(5)));
            assertEquals(List.of(id), r.requests().expiredLeases(T0.plusMinutes(6)));
            r.requests().updateCounters(id, new SyncCounters(10, 1, 2048, 11, 4096, 11, 0, 1, 90), T0);
            r.requests().setFailure(id, new FailureRecord(T0, "MigrationPermanentException", -2146233088, "Source",
                    "INBOX", "boom"));
            SyncRequest got = r.requests().byMailboxAndName(mailboxId, "sync").orElseThrow();
            assertEquals(RequestStatus.InProgress, got.status());
            assertEquals(10, got.counters().itemsSynced());
            assertEquals("Error: MigrationPermanentException: boom", got.failure().errorText());
            assertEquals(List.of("Junk"), got.options().excludeFolders());
            r.requests().setFailure(id, null);
            assertNull(r.requests().byId(id).orElseThrow().failure());
            return null;
        });
    }

    @Test
    void of_two_transactions_that_saw_the_same_status_only_the_first_moves_the_batch() throws Exception {
        CountDownLatch firstMoved = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = other.submit(() -> db.inTransaction(r -> {
                assertEquals(BatchStatus.Created, r.batches().byName("wave1").orElseThrow().status());
                boolean moved = r.batches().setStatus(batchId, BatchStatus.Created, BatchStatus.Syncing, null);
                firstMoved.countDown();
                await(secondRead);
                return moved;
            }));
            boolean second = db.inTransaction(r -> {
                await(firstMoved);
                // Read committed: this transaction still sees Created, and waits on the first one's row lock.
                assertEquals(BatchStatus.Created, r.batches().byName("wave1").orElseThrow().status());
                secondRead.countDown();
                return r.batches().setStatus(batchId, BatchStatus.Created, BatchStatus.Stopped, null);
            });
            assertTrue(first.get(10, TimeUnit.SECONDS));
            assertFalse(second, "the status it saw was gone when its update ran");
            assertEquals(BatchStatus.Syncing,
                    db.inTransaction(r -> r.batches().byName("wave1").orElseThrow().status()));
        } finally {
            other.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
