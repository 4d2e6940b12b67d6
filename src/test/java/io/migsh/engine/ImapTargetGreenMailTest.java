package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.BatchOptions;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.UserStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mailboxes in IMAP databases: the engine logs in to the target as a master user or as the mailbox itself. */
class ImapTargetGreenMailTest {
    @TempDir
    Path dir;
    SourceServer source;
    SourceServer target;
    EngineWorld world;

    @BeforeEach
    void setUp() throws Exception {
        source = new SourceServer().user("bob", "secret2").user("carol", "secret3");
        source.append("bob", "INBOX", Mail.of("Hello Bob", "\\Seen", "2024-05-02T10:00:00Z"),
                Mail.of("Flagged for Bob", "\\Flagged", "2024-05-03T10:00:00Z"));
        source.folder("bob", "Empty");
        source.append("carol", "INBOX", Mail.of("Hello Carol", "\\Answered \\Seen", "2024-05-04T10:00:00Z"));
        // GreenMail offers no SASL PLAIN, so a master user logs in as "mailbox*master", Dovecot's form; the
        // account named so stands for bob's mailbox reached by the master user.
        target = new SourceServer().user("bob*master", "m4ster").user("carol", "P@ssw0rd");
        world = new EngineWorld(dir, source);
        world.session.directory().newImapDatabase("With master", target.settings(), "master", "m4ster".toCharArray());
        world.session.directory().newImapDatabase("Own logins", target.settings(), null, null);
        world.mailbox("bob", "With master").mailbox("carol", "Own logins");
    }

    @AfterEach
    void tearDown() {
        world.close();
        source.close();
        target.close();
    }

    @Test
    void mail_reaches_an_imap_database_through_a_master_user_and_through_the_mailboxs_own_login() throws Exception {
        world.batch("wave1", "EmailAddress,UserName,Password\nbob@contoso.com,bob,secret2\n"
                + "carol@contoso.com,carol,secret3\n", BatchOptions.defaults());
        world.session.batches().start("wave1");
        world.run();

        assertEquals(UserStatus.Synced, world.user("bob@contoso.com").status(),
                () -> String.valueOf(world.request("bob@contoso.com").failure()));
        assertEquals(UserStatus.Synced, world.user("carol@contoso.com").status(),
                () -> String.valueOf(world.request("carol@contoso.com").failure()));
        assertEquals(BatchStatus.Synced, world.session.batches().get("wave1").status());
        Map<String, List<String>> bob = target.contents("bob*master");
        assertEquals(List.of("Flagged for Bob [Flagged]", "Hello Bob [Seen]"), bob.get("INBOX"));
        assertEquals(List.of(), bob.get("Empty"), "empty folders are created too");
        assertEquals(List.of("Hello Carol [Seen, Answered]"), target.contents("carol").get("INBOX"));
        assertEquals(2, world.request("bob@contoso.com").counters().itemsSynced());
        assertTrue(world.report("bob@contoso.com").stream().anyMatch(line -> line.startsWith(
                "Connected to the target imap://bob@127.0.0.1:")), () -> String.join("\n",
                world.report("bob@contoso.com")));
    }

    @Test
    void a_master_password_the_target_refuses_fails_the_user_on_the_target_side() throws Exception {
        world.session.directory().newImapDatabase("Wrong master", target.settings(), "master", "nope".toCharArray());
        world.mailbox("dave", "Wrong master");
        source.user("dave", "secret4");
        world.batch("wave2", "EmailAddress,UserName,Password\ndave@contoso.com,dave,secret4\n",
                BatchOptions.defaults());
        world.session.batches().start("wave2");
        world.run();
        assertEquals(UserStatus.Failed, world.user("dave@contoso.com").status());
        assertEquals("Target", world.request("dave@contoso.com").failure().failureSide());
        assertTrue(world.request("dave@contoso.com").failure().errorText().startsWith("Error: "
                + "MigrationPermanentException: Unable to log into account."),
                () -> world.request("dave@contoso.com").failure().errorText());
    }
}
