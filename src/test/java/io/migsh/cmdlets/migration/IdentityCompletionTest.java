package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.migration.model.Mailbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity completion reads prefix ranges of the store: literal prefixes, any case, at most 200 names. */
class IdentityCompletionTest {
    @TempDir
    Path dir;

    @Test
    void a_prefix_matches_literally_in_any_case_and_at_most_two_hundred_names_come_back() {
        try (Fixture fx = new Fixture(dir)) {
            fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
            fx.run(NewMailboxCommand.class, "-Name", "ops_team", "-MicrosoftOnlineServicesID", "ops_team@contoso.com");
            fx.run(NewMailboxCommand.class, "-Name", "opsXteam", "-MicrosoftOnlineServicesID", "opsxteam@contoso.com");
            UUID db = fx.session.db().inTransaction(r -> r.databases().defaultDatabase().orElseThrow().id());
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                String a = "User" + i + "@contoso.com";
                String k = a.toLowerCase();
                rows.add(new Object[] {UUID.randomUUID(), "User" + i, "user" + i, "user" + i, "user" + i, "User " + i,
                    a, k, a, db, null, Mailbox.DEFAULT_MAX_SIZE.bytes(), Mailbox.DEFAULT_MAX_SIZE.bytes(),
                    fx.session.now()});
            }
            fx.session.db().transaction(s -> {
                s.batch("INSERT INTO mailbox (id, name, name_key, alias, alias_key, display_name, primary_smtp, "
                        + "smtp_key, online_id, database_id, password_secret, max_receive_size, max_send_size, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
                return null;
            });
            MigrationIdentityCompleter c = new MigrationIdentityCompleter(fx.context);
            assertEquals(List.of("ops_team", "ops_team@contoso.com"), c.complete("mailbox", "OPS_"));
            assertEquals(List.of(), c.complete("mailbox", "ops%"));
            assertEquals(List.of("User12", "User120", "User120@contoso.com", "User121"),
                    c.complete("mailbox", "user12").subList(0, 4));
            assertEquals(MigrationIdentityCompleter.MAX, c.complete("mailbox", "u").size());
            assertEquals(List.of(), c.complete("no such kind", ""));
        }
    }
}
