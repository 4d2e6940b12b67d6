package io.migsh.cmdlets.migration;

import io.migsh.migration.model.Mailbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A second process for data-safety tests: {@code create <dir> <rows>} makes mailboxes, then creates and removes
 * a batch from a CSV of that many rows (kept as users.csv) over and over until it is killed, writing
 * {@code creating <round>} or {@code removing <round>} to the marker file before each step; {@code domain <dir> <name>} adds
 * an accepted domain through the shared store while another process holds it.
 */
public final class BatchCreator {
    private BatchCreator() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (Fixture fx = new Fixture(dir)) {
            if (args[0].equals("domain")) {
                fx.run(NewAcceptedDomainCommand.class, "-Name", args[2], "-DomainName", args[2]);
                System.out.println(fx.errors.isEmpty() ? "ok" : fx.errors.get(0).message());
                return;
            }
            int rows = Integer.parseInt(args[2]);
            fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
            fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "imap.old.example",
                    "-SkipVerification");
            UUID db = fx.session.db().inTransaction(r -> r.databases().defaultDatabase().orElseThrow().id());
            StringBuilder csv = new StringBuilder("EmailAddress,UserName,Password\n");
            List<Object[]> mailboxes = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                String a = "user" + i + "@contoso.com";
                mailboxes.add(new Object[] {UUID.randomUUID(), "user" + i, "user" + i, "user" + i, "user" + i,
                    "User " + i, a, a, a, db, null, Mailbox.DEFAULT_MAX_SIZE.bytes(), Mailbox.DEFAULT_MAX_SIZE.bytes(),
                    fx.session.now()});
                csv.append(a).append(",user").append(i).append(",pw").append(i).append('\n');
            }
            fx.session.db().transaction(s -> {
                s.batch("INSERT INTO mailbox (id, name, name_key, alias, alias_key, display_name, primary_smtp, "
                        + "smtp_key, online_id, database_id, password_secret, max_receive_size, max_send_size, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", mailboxes);
                return null;
            });
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("users.csv"), bytes);
            // Until killed: create the batch, remove it, again. The process spends nearly all its time inside one
            // of the two transactions, so wherever the kill lands, it lands in one.
            for (int round = 1; ; round++) {
                Files.writeString(dir.resolve("marker"), "creating " + round);
                fx.run(NewMigrationBatchCommand.class, "-Name", "big", "-SourceEndpoint", "src", "-CSVData", bytes);
                Files.writeString(dir.resolve("marker"), "removing " + round);
                fx.run(RemoveMigrationBatchCommand.class, "big", "-Confirm:false");
                if (!fx.errors.isEmpty()) throw new IllegalStateException(fx.errors.get(0).message());
            }
        }
    }
}
