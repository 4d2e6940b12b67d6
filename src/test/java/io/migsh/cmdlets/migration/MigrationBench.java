package io.migsh.cmdlets.migration;

import io.migsh.cmdlets.core.GroupObjectCommand;
import io.migsh.migration.model.Mailbox;
import io.migsh.runtime.PsObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (run by bench/migration.sh, never by the test suite): New-MigrationBatch from a 50,000-row CSV, and
 * Get-MigrationUser -ResultSize Unlimited | Group-Object Status over those users. Prints figures; asserts nothing.
 */
class MigrationBench {
    static final int USERS = 50_000;

    @Test
    void fifty_thousand_users() throws Exception {
        Path dir = Files.createTempDirectory("migsh-bench");
        try (Fixture fx = new Fixture(dir)) {
            fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
            fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "imap.old.example",
                    "-SkipVerification");
            UUID db = fx.session.db().inTransaction(r -> r.databases().defaultDatabase().orElseThrow().id());
            StringBuilder csv = new StringBuilder("EmailAddress,UserName,Password\n");
            fx.session.db().transaction(s -> {
                List<Object[]> rows = new java.util.ArrayList<>();
                for (int i = 0; i < USERS; i++) {
                    String a = "user" + i + "@contoso.com";
                    rows.add(new Object[] {UUID.randomUUID(), "user" + i, "user" + i, "user" + i, "user" + i, "User " + i,
                        a, a, a, db, null, Mailbox.DEFAULT_MAX_SIZE.bytes(), Mailbox.DEFAULT_MAX_SIZE.bytes(),
                        fx.session.now()});
                    csv.append(a).append(",user").append(i).append(",Pa55word").append(i).append('\n');
                }
                s.batch("INSERT INTO mailbox (id, name, name_key, alias, alias_key, display_name, primary_smtp, "
                        + "smtp_key, online_id, database_id, password_secret, max_receive_size, max_send_size, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                return null;
            });
            byte[] data = csv.toString().getBytes(StandardCharsets.UTF_8);

            jdk.jfr.Recording rec = System.getProperty("migsh.jfr") == null ? null
                    : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (rec != null) rec.start();
            long t0 = System.nanoTime();
            fx.run(NewMigrationBatchCommand.class, "-Name", "big", "-SourceEndpoint", "src", "-CSVData", data);
            long created = System.nanoTime() - t0;
            if (!fx.errors.isEmpty()) throw new IllegalStateException(fx.errors.get(0).message());

            long t3 = System.nanoTime();
            int n = fx.run(GetMigrationUserCommand.class, "-ResultSize", "Unlimited").size();
            System.out.printf("Get-MigrationUser -ResultSize Unlimited alone: %,d ms for %,d users%n",
                    (System.nanoTime() - t3) / 1_000_000, n);
            long t1 = System.nanoTime();
            List<Object> groups = fx.pipeline(Fixture.stage(GetMigrationUserCommand.class, "-ResultSize", "Unlimited"),
                    Fixture.stage(GroupObjectCommand.class, "Status"));
            long grouped = System.nanoTime() - t1;

            jdk.jfr.Recording rec2 = System.getProperty("migsh.jfr2") == null ? null
                    : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (rec2 != null) rec2.start();
            long t2 = System.nanoTime();
            fx.run(StartMigrationBatchCommand.class, "big");
            long started = System.nanoTime() - t2;
            if (rec2 != null) {
                rec2.stop();
                rec2.dump(Path.of(System.getProperty("migsh.jfr2")));
            }

            if (rec != null) {
                rec.stop();
                rec.dump(Path.of(System.getProperty("migsh.jfr")));
            }
            System.out.printf("New-MigrationBatch with %,d users: %,d ms (goal < 10,000 ms)%n", USERS,
                    created / 1_000_000);
            System.out.printf("Get-MigrationUser -ResultSize Unlimited | Group-Object Status: %,d ms (goal < 1,000 ms),"
                    + " groups: %s%n", grouped / 1_000_000, groups.stream().map(g -> ((PsObject) g).get("Name") + "="
                    + ((PsObject) g).get("Count")).toList());
            System.out.printf("Start-MigrationBatch (creates %,d sync requests): %,d ms%n", USERS, started / 1_000_000);
        }
    }
}
