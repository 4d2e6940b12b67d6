package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCmdletsTest {
    @TempDir
    Path dir;
    Fixture fx;
    final SecureString pw = new SecureString("P@ssw0rd".toCharArray());

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void every_migration_cmdlet_compiles_into_the_registry() {
        CommandRegistry registry = new CommandRegistry().addCmdlets(MigrationCmdlets.all().toArray(Class[]::new));
        assertTrue(registry.find("New-Mailbox").isPresent());
    }

    @Test
    void a_mailbox_lives_in_the_default_maildir_database_named_by_its_address() {
        PsObject m = (PsObject) fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID",
                "alice@contoso.com", "-Password", pw).get(0);
        assertEquals("Microsoft.Exchange.Data.Directory.Management.Mailbox", m.typeName());
        assertEquals("alice", m.get("Alias"));
        assertEquals("Mailbox Database", m.get("Database"));
        assertEquals("35 MB (36,700,160 bytes)", m.get("MaxReceiveSize").toString());
        assertEquals(List.of("Name", "Alias", "Database", "ProhibitSendQuota", "ExternalDirectoryObjectId"),
                m.propertyNames().subList(0, 5));
        PsObject db = (PsObject) fx.run(GetMailboxDatabaseCommand.class).get(0);
        Path maildir = Path.of((String) db.get("EdbFilePath")).resolve("alice@contoso.com");
        assertEquals(dir.resolve("mailstore").toAbsolutePath().toString(), db.get("EdbFilePath"));
        assertTrue(Files.isDirectory(maildir.resolve("cur")) && Files.isDirectory(maildir.resolve("new"))
                && Files.isDirectory(maildir.resolve("tmp")));
    }

    @Test
    void an_address_outside_the_accepted_domains_is_refused() {
        assertEquals(List.of(), fx.run(NewMailboxCommand.class, "-Name", "eve", "-MicrosoftOnlineServicesID",
                "eve@fabrikam.com"));
        assertEquals("The domain 'fabrikam.com' of the address 'eve@fabrikam.com' isn't an accepted domain for your "
                + "organization. Add it with New-AcceptedDomain and try again.", fx.errors.get(0).message());
        assertEquals(ErrorCategory.InvalidArgument, fx.errors.get(0).category());
    }

    @Test
    void max_receive_size_takes_150mb_and_no_more() {
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", 157286400);
        PsObject m = (PsObject) fx.run(GetMailboxCommand.class, "alice").get(0);
        assertEquals("150 MB (157,286,400 bytes)", m.get("MaxReceiveSize").toString());
        fx.run(SetMailboxCommand.class, "alice", "-MaxReceiveSize", "151MB");
        assertEquals("The value \"151 MB (158,334,976 bytes)\" is out of range. Enter a size from 1 KB to 150 MB "
                + "(157,286,400 bytes).", fx.errors.get(0).message());
        fx.run(SetMailboxCommand.class, "alice", "-MaxReceiveSize", "36 MB");
        assertEquals("36 MB (37,748,736 bytes)",
                ((PsObject) fx.run(GetMailboxCommand.class, "alice").get(0)).get("MaxReceiveSize").toString());
    }

    @Test
    void a_result_size_given_explicitly_asks_for_a_larger_value_not_for_the_parameter() {
        for (String name : List.of("ann", "bob", "carol")) {
            fx.run(NewMailboxCommand.class, "-Name", name, "-MicrosoftOnlineServicesID", name + "@contoso.com");
        }
        assertEquals(2, fx.run(GetMailboxCommand.class, "-ResultSize", 2).size());
        assertEquals("WARNING: There are more results available than are currently displayed. To view them, increase "
                + "the value for the ResultSize parameter.\n", fx.output.toString());
        fx.output.setLength(0);
        assertEquals(3, fx.run(GetMailboxCommand.class, "-ResultSize", "Unlimited").size());
        assertEquals("", fx.output.toString());
    }

    @Test
    void an_unknown_mailbox_is_exchanges_not_found() {
        fx.run(GetMailboxCommand.class, "nobody");
        var e = fx.errors.get(0);
        assertEquals("The operation couldn't be performed because object 'nobody' couldn't be found on '"
                + fx.session.serverName() + "'.", e.message());
        assertEquals("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException", e.exceptionType());
        assertEquals(ErrorCategory.NotSpecified, e.category());
        assertTrue(e.fullyQualifiedErrorId().startsWith("[FailureCategory=Cmdlet-ManagementObjectNotFoundException] "),
                e.fullyQualifiedErrorId());
        assertTrue(e.fullyQualifiedErrorId().endsWith(",Microsoft.Exchange.Management.RecipientTasks.GetMailbox"),
                e.fullyQualifiedErrorId());
    }

    @Test
    void an_imap_database_holds_mailboxes_and_never_shows_its_master_password() {
        PsObject db = (PsObject) fx.run(NewMailboxDatabaseCommand.class, "-Name", "NewServer", "-ImapServer",
                "imap.new.example", "-Port", 143, "-Security", "Tls", "-MasterUser", "admin", "-MasterPassword", pw)
                .get(0);
        assertEquals("imap.new.example", db.get("Server"));
        assertEquals("Tls", db.get("Security").toString());
        assertNull(db.get("EdbFilePath"));
        assertTrue(db.propertyNames().stream().noneMatch(n -> n.toLowerCase().contains("password")));
        PsObject bob = (PsObject) fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID",
                "bob@contoso.com", "-Password", pw, "-Database", "NewServer").get(0);
        assertEquals("NewServer", bob.get("Database"));
    }

    @Test
    void remove_mailbox_asks_first_and_goes_ahead_with_confirm_false() {
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(RemoveMailboxCommand.class, "alice", "-WhatIf");
        assertEquals("What if: Removing the mailbox \"alice\" (alice@contoso.com).\n", fx.output.toString());
        fx.run(RemoveMailboxCommand.class, "alice", "-Confirm:false");
        assertEquals(List.of(), fx.run(GetMailboxCommand.class));
    }

    @Test
    void statistics_are_read_from_the_maildir_folders() throws Exception {
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        Path md = dir.resolve("mailstore/alice@contoso.com");
        Files.writeString(md.resolve("cur/1.host,S=1000:2,S"), "x".repeat(1000));
        Files.writeString(md.resolve("new/2.host"), "y".repeat(500));
        Files.writeString(md.resolve("tmp/3.host"), "in delivery");
        for (String f : List.of(".Sent", ".Archive", ".Archive.2019")) {
            Files.createDirectories(md.resolve(f).resolve("cur"));
        }
        Files.writeString(md.resolve(".Archive.2019/cur/4.host,S=2048:2,"), "z");
        Files.writeString(md.resolve(".Sent/cur/5.host,S=10:2,"), "s");

        PsObject stats = (PsObject) fx.run(GetMailboxStatisticsCommand.class, "alice").get(0);
        assertEquals(4L, stats.get("ItemCount"));
        assertEquals("3.475 KB (3,558 bytes)", stats.get("TotalItemSize").toString());

        List<Object> folders = fx.run(GetMailboxFolderStatisticsCommand.class, "alice@contoso.com");
        List<String> paths = folders.stream().map(o -> (String) ((PsObject) o).get("FolderPath")).toList();
        assertEquals(List.of("/Top of Information Store", "/Inbox", "/Archive", "/Archive/2019", "/Sent"), paths);
        PsObject archive = (PsObject) folders.get(2);
        assertEquals(0, archive.get("ItemsInFolder"));
        assertEquals(1, archive.get("ItemsInFolderAndSubfolders"));
        assertEquals("Archive", archive.get("FolderType"));
        assertEquals("SentItems", ((PsObject) folders.get(4)).get("FolderType"));
        assertEquals(2, ((PsObject) folders.get(1)).get("ItemsInFolder"));
        List<Object> sent = fx.run(GetMailboxFolderStatisticsCommand.class, "alice", "-FolderScope", "SentItems");
        assertEquals(1, sent.size());
    }

    @Test
    void identities_complete_from_the_store() {
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(NewMailboxCommand.class, "-Name", "albert", "-MicrosoftOnlineServicesID", "albert@contoso.com");
        MigrationIdentityCompleter c = new MigrationIdentityCompleter(fx.context);
        assertEquals(List.of("albert", "albert@contoso.com", "alice", "alice@contoso.com"), c.complete("mailbox", "AL"));
        assertEquals(List.of("Mailbox Database"), c.complete("database", ""));
        assertEquals(List.of(), c.complete("batch", ""));
    }
}
