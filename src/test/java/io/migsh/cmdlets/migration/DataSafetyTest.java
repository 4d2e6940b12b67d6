package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.PsObject;
import io.migsh.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes on one data directory: a kill in the middle of New-MigrationBatch, and two shells at once. */
class DataSafetyTest {
    @TempDir
    Path dir;

    private Process launch(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.timezone=UTC", "-cp", System.getProperty("java.class.path"),
                BatchCreator.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void a_kill_during_new_migration_batch_leaves_all_or_nothing() throws Exception {
        Process p = launch("create", dir.toString(), "50000");
        Path marker = dir.resolve("marker");
        // Past the first round, so that the kill comes at a random point of a warm New-MigrationBatch or of the
        // Remove-MigrationBatch that follows it.
        while (p.isAlive() && !(Files.exists(marker) && Files.readString(marker).startsWith("removing"))) {
            Thread.sleep(20);
        }
        if (!p.isAlive()) throw new AssertionError(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 1500));
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        String killedIn = Files.readString(marker);
        assertTrue(killedIn.startsWith("creating") || killedIn.startsWith("removing"), killedIn);
        long batches;
        try (Database db = Database.open(dir)) {
            batches = db.<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_batch"));
            long users = db.<Long>read(s -> s.count("SELECT COUNT(*) FROM migration_user"));
            long mailboxes = db.<Long>read(s -> s.count("SELECT COUNT(*) FROM mailbox"));
            assertEquals(50_000L, mailboxes);
            assertTrue((batches == 0 && users == 0) || (batches == 1 && users == 50_000),
                    "killed while " + killedIn + ": batches " + batches + ", users " + users);
        }
        // The next shell on the directory finds no lock and no leftovers: the same batch can be made, whole.
        try (Fixture next = new Fixture(dir)) {
            if (batches == 1) next.run(RemoveMigrationBatchCommand.class, "big", "-Confirm:false");
            {
                next.run(NewMigrationBatchCommand.class, "-Name", "big", "-SourceEndpoint", "src", "-CSVData",
                        Files.readAllBytes(dir.resolve("users.csv")));
                assertEquals(List.of(), next.errors.stream().map(e -> e.message()).toList());
                PsObject big = (PsObject) next.run(GetMigrationBatchCommand.class, "big").get(0);
                assertEquals(50_000, big.get("TotalCount"));
            }
        }
    }

    @Test
    void two_shells_share_one_data_directory() throws Exception {
        try (Fixture first = new Fixture(dir)) {
            first.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
            Process second = launch("domain", dir.toString(), "fabrikam.com");
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(out.contains("ok"), out);
            assertEquals(2, first.run(GetAcceptedDomainCommand.class).size());
            // And the first shell still writes after the second has written.
            first.run(NewAcceptedDomainCommand.class, "-Name", "tailspin.com", "-DomainName", "tailspin.com");
            assertEquals(List.of(), first.errors.stream().map(e -> e.message()).toList());
            assertEquals(3, first.run(GetAcceptedDomainCommand.class).size());
        }
    }
}
