package io.migsh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opening_applies_the_schema_once_and_records_it() {
        try (Database db = Database.open(dir)) {
            assertTrue(db.schemaVersions().contains(1));
            assertEquals(List.of(), db.migrate());
            assertEquals(0L, (long) db.<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_batch")));
        }
        try (Database again = Database.open(dir)) {
            assertTrue(again.schemaVersions().contains(1));
        }
        assertTrue(Files.exists(dir.resolve("state.mv.db")));
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        try (Database db = Database.open(dir)) {
            assertThrows(IllegalStateException.class, () -> db.transaction(s -> {
                s.update("INSERT INTO accepted_domain (id, name, name_key, domain_name, domain_key, domain_type, "
                        + "is_default, created_at) VALUES (RANDOM_UUID(), 'a', 'a', 'a', 'a', 'Authoritative', TRUE, "
                        + "CURRENT_TIMESTAMP)");
                throw new IllegalStateException("stop half way");
            }));
            assertEquals(0L, (long) db.<Long>read(s -> s.count("SELECT COUNT(*) FROM accepted_domain")));
        }
    }

    @Test
    void two_stores_on_one_data_directory_see_each_others_commits() {
        try (Database a = Database.open(dir); Database b = Database.open(dir)) {
            a.transaction(s -> s.update("INSERT INTO accepted_domain (id, name, name_key, domain_name, domain_key, "
                    + "domain_type, is_default, created_at) VALUES (RANDOM_UUID(), 'x', 'x', 'x', 'x', "
                    + "'Authoritative', TRUE, CURRENT_TIMESTAMP)"));
            assertEquals(1L, (long) b.<Long>read(s -> s.count("SELECT COUNT(*) FROM accepted_domain")));
        }
    }

    @Test
    void a_lent_connection_autocommits_and_goes_back_to_the_pool_with_unfinished_work_rolled_back()
            throws Exception {
        String insert = "INSERT INTO accepted_domain (id, name, name_key, domain_name, domain_key, domain_type, "
                + "is_default, created_at) VALUES (RANDOM_UUID(), ?, ?, ?, ?, 'Authoritative', TRUE, "
                + "CURRENT_TIMESTAMP)";
        try (Database db = Database.open(dir)) {
            java.sql.Connection lent = db.lend();
            assertTrue(lent.getAutoCommit());
            try (var ps = lent.prepareStatement(insert)) {
                for (int i = 1; i <= 4; i++) ps.setString(i, "kept");
                ps.executeUpdate();
            }
            lent.setAutoCommit(false);
            try (var ps = lent.prepareStatement(insert)) {
                for (int i = 1; i <= 4; i++) ps.setString(i, "dropped");
                ps.executeUpdate();
            }
            lent.close();
            assertTrue(lent.isClosed());
            assertThrows(java.sql.SQLException.class, lent::createStatement);
            assertEquals(List.of("kept"), db.read(s -> s.query("SELECT name FROM accepted_domain", r ->
                    r.getString("name"))));
        }
    }

    @Test
    void a_closed_store_lends_no_connection() {
        Database db = Database.open(dir);
        db.close();
        assertThrows(java.sql.SQLException.class, db::lend);
    }

    @Test
    void migration_scripts_of_other_parts_are_found_in_version_order() throws Exception {
        Path extra = dir.resolve("cp/db/migration");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("V901__later.sql"), "CREATE TABLE later_t (id INTEGER);\n");
        Files.writeString(extra.resolve("V900__engine_state.sql"), "CREATE TABLE engine_t (id INTEGER);\n");
        Files.writeString(extra.resolve("notes.txt"), "not a migration");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                DatabaseTest.class.getClassLoader())) {
            List<MigrationScripts.Script> found = MigrationScripts.find(loader);
            List<Integer> versions = found.stream().map(MigrationScripts.Script::version).toList();
            assertEquals(1, versions.get(0));
            assertTrue(versions.indexOf(900) < versions.indexOf(901));
            try (Database db = Database.open(dir.resolve("data"))) {
                assertEquals(List.of(900, 901), new SchemaMigrator(db).migrate(loader));
                assertTrue(db.schemaVersions().containsAll(Set.of(1, 100, 900, 901)));
                assertEquals(0L, (long) db.<Long>read(s -> s.count("SELECT COUNT(*) FROM engine_t")));
            }
        }
    }

    @Test
    void scripts_split_on_semicolons_at_line_ends_and_skip_comments() {
        assertEquals(List.of("CREATE TABLE a (x VARCHAR(3) DEFAULT ';')", "CREATE INDEX i ON a(x)"),
                SqlScript.statements("-- comment; here\nCREATE TABLE a (x VARCHAR(3) DEFAULT ';');\n\n"
                        + "CREATE INDEX i ON a(x);\n"));
        assertFalse(SqlScript.statements("-- only a comment\n").iterator().hasNext());
    }

    @Test
    void of_two_deadlocked_transactions_the_victim_runs_again_and_both_commit() throws Exception {
        try (Database db = Database.open(dir)) {
            db.transaction(s -> s.update("CREATE TABLE counter (id INT PRIMARY KEY, n INT)"));
            db.transaction(s -> s.update("INSERT INTO counter VALUES (1, 0), (2, 0)"));
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            AtomicInteger runs = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // Each locks one row, then wants the other's: H2 picks one as the deadlock victim.
                List<Future<Integer>> done = pool.invokeAll(List.of(
                        () -> db.transaction(s -> crossUpdate(s, 1, 2, bothHoldOne, runs)),
                        () -> db.transaction(s -> crossUpdate(s, 2, 1, bothHoldOne, runs))));
                for (Future<Integer> f : done) f.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2L, (long) db.<Long>read(s -> s.count("SELECT SUM(n) FROM counter WHERE id = 1")));
            assertEquals(2L, (long) db.<Long>read(s -> s.count("SELECT SUM(n) FROM counter WHERE id = 2")));
            assertTrue(runs.get() > 2, "one of them ran again: " + runs.get());
        }
    }

    private static int crossUpdate(SqlSession s, int first, int second, CyclicBarrier barrier, AtomicInteger runs) {
        runs.incrementAndGet();
        s.update("UPDATE counter SET n = n + 1 WHERE id = ?", first);
        try {
            barrier.await(2, TimeUnit.SECONDS);
        } catch (Exception retried) {
            // the run again after the deadlock: the other transaction has finished, nothing to wait for
        }
        return s.update("UPDATE counter SET n = n + 1 WHERE id = ?", second);
    }
}
