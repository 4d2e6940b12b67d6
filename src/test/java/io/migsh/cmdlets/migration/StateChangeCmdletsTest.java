package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandMetadata;
import io.migsh.command.ConfirmImpact;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import io.migsh.shell.Shell;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The common parameters of the cmdlets that change state: -WhatIf changes nothing, Stop, Complete and Remove ask
 * first (and "N" keeps the object), invalid transitions are refused with the status in the message, and identities
 * are read as names, addresses and GUIDs.
 */
class StateChangeCmdletsTest {
    private static final Set<String> CHANGING = Set.of("New", "Set", "Remove", "Start", "Stop", "Complete",
            "Suspend", "Resume");
    private static final List<String> TABLES = List.of("accepted_domain", "mailbox", "mailbox_database",
            "migration_endpoint", "migration_batch", "migration_user", "sync_request", "status_event");

    @TempDir
    Path dir;
    Fixture fx;
    final SecureString pw = new SecureString("pw".toCharArray());
    final byte[] csv = ("EmailAddress,UserName,Password\nalice@contoso.com,alice,pw\nbob@contoso.com,bob,pw\n")
            .getBytes(StandardCharsets.UTF_8);

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        for (String n : List.of("alice", "bob", "carol")) {
            fx.run(NewMailboxCommand.class, "-Name", n, "-MicrosoftOnlineServicesID", n + "@contoso.com");
        }
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "imap.old.example",
                "-SkipVerification");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData", csv);
        fx.run(NewSyncRequestCommand.class, "-Mailbox", "carol", "-Imap", "-RemoteServerName", "imap.old.example",
                "-RemoteEmailAddress", "carol@old.example", "-Password", pw);
        assertEquals(List.of(), fx.errors);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** Every row of every table that holds migration state, as text. */
    private String snapshot() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = fx.session.db().lend(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        out.append(table).append(':');
                        for (int i = 1; i <= n; i++) out.append(' ').append(rs.getString(i));
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static List<CmdletDefinition> migrationCmdlets() {
        List<CmdletDefinition> out = new ArrayList<>();
        for (CommandInfo c : Shell.commands().all()) {
            if (c instanceof CmdletDefinition d && d.type().getPackageName().equals("io.migsh.cmdlets.migration")) {
                out.add(d);
            }
        }
        return out;
    }

    @Test
    void every_cmdlet_that_changes_state_takes_whatif_and_stop_complete_remove_ask_first() {
        List<String> wrong = new ArrayList<>();
        for (CmdletDefinition d : migrationCmdlets()) {
            String verb = d.name().substring(0, d.name().indexOf('-'));
            CommandMetadata m = d.metadata();
            if (CHANGING.contains(verb) && m.parameter("WhatIf").isEmpty()) wrong.add(d.name() + " has no -WhatIf");
            if (Set.of("Stop", "Complete", "Remove").contains(verb) && m.confirmImpact() != ConfirmImpact.High) {
                wrong.add(d.name() + " does not ask first");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(migrationCmdlets().size() >= 30, "the migration cmdlets were found");
    }

    @Test
    void whatif_changes_nothing_in_the_store() throws Exception {
        String before = snapshot();
        fx.run(NewAcceptedDomainCommand.class, "-Name", "fabrikam.com", "-DomainName", "fabrikam.com", "-WhatIf");
        fx.run(NewMailboxCommand.class, "-Name", "dave", "-MicrosoftOnlineServicesID", "dave@contoso.com", "-WhatIf");
        fx.run(SetMailboxCommand.class, "alice@contoso.com", "-MaxReceiveSize", "150MB", "-WhatIf");
        fx.run(RemoveMailboxCommand.class, "alice@contoso.com", "-WhatIf");
        fx.run(NewMailboxDatabaseCommand.class, "-Name", "db2", "-ImapServer", "imap.new.example", "-WhatIf");
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src2", "-RemoteServer", "imap.old.example",
                "-SkipVerification", "-WhatIf");
        fx.run(SetMigrationEndpointCommand.class, "src", "-MaxConcurrentMigrations", 5, "-WhatIf");
        fx.run(RemoveMigrationEndpointCommand.class, "src", "-WhatIf");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave2", "-SourceEndpoint", "src", "-CSVData",
                "EmailAddress,UserName,Password\ncarol@contoso.com,c,p\n".getBytes(StandardCharsets.UTF_8),
                "-WhatIf");
        fx.run(StartMigrationBatchCommand.class, "wave1", "-WhatIf");
        fx.run(SetMigrationBatchCommand.class, "wave1", "-BadItemLimit", 5, "-WhatIf");
        fx.run(RemoveMigrationBatchCommand.class, "wave1", "-WhatIf");
        fx.run(RemoveMigrationUserCommand.class, "alice@contoso.com", "-WhatIf");
        fx.run(NewSyncRequestCommand.class, "-Mailbox", "carol", "-Imap", "-RemoteServerName", "imap.old.example",
                "-RemoteEmailAddress", "carol@old.example", "-Password", pw, "-Name", "Second", "-WhatIf");
        fx.run(SetSyncRequestCommand.class, "carol\\Sync", "-BadItemLimit", 7, "-WhatIf");
        fx.run(SuspendSyncRequestCommand.class, "carol\\Sync", "-WhatIf");
        fx.run(RemoveSyncRequestCommand.class, "carol\\Sync", "-WhatIf");
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
        assertEquals(before, snapshot());
        assertEquals(17, fx.output.toString().lines().filter(l -> l.startsWith("What if: ")).count(), fx.output
                .toString());

        // The batch in motion: Stop, Complete and Resume with -WhatIf leave it where it is.
        fx.run(StartMigrationBatchCommand.class, "wave1");
        fx.runService();
        fx.run(SuspendSyncRequestCommand.class, "carol\\Sync", "-Confirm:false");
        String moving = snapshot();
        fx.run(StopMigrationBatchCommand.class, "wave1", "-WhatIf");
        fx.run(CompleteMigrationBatchCommand.class, "wave1", "-WhatIf");
        fx.run(ResumeSyncRequestCommand.class, "carol\\Sync", "-WhatIf");
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
        assertEquals(moving, snapshot());
    }

    /** A console where someone answers the confirmation prompts. */
    private static final class AnsweringHost implements io.migsh.runtime.Host {
        final StringBuilder screen = new StringBuilder();
        final Deque<String> answers = new ArrayDeque<>();

        @Override public void write(String s) { screen.append(s); }
        @Override public void writeErrorLine(String s) { screen.append(s).append('\n'); }
        @Override public void writeWarningLine(String s) { screen.append("WARNING: ").append(s).append('\n'); }
        @Override public void writeVerboseLine(String s) { screen.append(s).append('\n'); }
        @Override public void writeHost(String s, io.migsh.runtime.ConsoleColor f, io.migsh.runtime.ConsoleColor b,
                boolean newline) { screen.append(s).append(newline ? "\n" : ""); }
        @Override public String readLine(String prompt) {
            screen.append(prompt);
            return answers.poll();
        }
        @Override public char[] readSecret(String prompt) { return null; }
        @Override public int width() { return 120; }
        @Override public boolean isInteractive() { return true; }
    }

    @Test
    void stop_complete_and_remove_ask_first_and_no_keeps_the_object() throws Exception {
        fx.close();
        AnsweringHost host = new AnsweringHost();
        fx = new Fixture(dir, new io.migsh.migration.FakeSynchronizer(), host);
        fx.run(StartMigrationBatchCommand.class, "wave1");
        fx.runService();

        String synced = snapshot();
        host.answers.addAll(List.of("n", "n", "n", "n", "n", "n"));
        fx.run(StopMigrationBatchCommand.class, "wave1");
        fx.run(CompleteMigrationBatchCommand.class, "wave1");
        fx.run(RemoveMigrationBatchCommand.class, "wave1");
        fx.run(RemoveMigrationUserCommand.class, "alice@contoso.com");
        fx.run(RemoveSyncRequestCommand.class, "carol\\Sync");
        fx.run(RemoveMailboxCommand.class, "carol@contoso.com");
        assertEquals(synced, snapshot());
        assertEquals(6, host.screen.toString().split("Are you sure you want to perform this action\\?", -1).length
                - 1, host.screen.toString());
        assertTrue(host.screen.toString().contains("Are you sure you want to perform this action?\nCompleting "
                + "migration batch \"wave1\".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help "
                + "(default is \"Y\"): "), host.screen.toString());

        host.answers.addAll(List.of("y", "y"));
        fx.run(CompleteMigrationBatchCommand.class, "wave1");
        fx.runService();
        assertEquals("Completed", status("wave1"));
        fx.run(RemoveSyncRequestCommand.class, "carol\\Sync");
        assertEquals(List.of(), fx.run(GetSyncRequestCommand.class, "-Mailbox", "carol"));
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
    }

    private String status(String batch) {
        return ((PsObject) fx.run(GetMigrationBatchCommand.class, batch).get(0)).get("Status").toString();
    }

    @Test
    void invalid_transitions_are_refused_with_the_status_they_met() {
        fx.run(CompleteMigrationBatchCommand.class, "wave1", "-Confirm:false");
        fx.run(StartMigrationBatchCommand.class, "wave1");
        fx.runService();
        fx.run(CompleteMigrationBatchCommand.class, "wave1", "-Confirm:false");
        fx.runService();
        assertEquals("Completed", status("wave1"));
        fx.run(StartMigrationBatchCommand.class, "wave1");
        fx.run(StopMigrationBatchCommand.class, "wave1", "-Confirm:false");
        fx.run(CompleteMigrationBatchCommand.class, "wave1", "-Confirm:false");
        fx.run(ResumeSyncRequestCommand.class, "carol\\Sync");
        List<String> messages = fx.errors.stream().map(e -> e.message()).toList();
        assertEquals(List.of(
                "The migration batch 'wave1' can't be completed because its status is Created. A batch can be "
                        + "completed when its status is Synced or SyncedWithErrors.",
                "The migration batch 'wave1' can't be started because its status is Completed.",
                "The migration batch 'wave1' can't be stopped because its status is Completed. Only batches with "
                        + "users that are still migrating or waiting can be stopped.",
                "The migration batch 'wave1' can't be completed because its status is Completed. A batch can be "
                        + "completed when its status is Synced or SyncedWithErrors."), messages.subList(0, 4));
        assertTrue(messages.get(4).contains("can't be resumed because its status is "), messages.get(4));
        assertEquals("Completed", status("wave1"));
        for (var e : fx.errors) assertEquals("InvalidOperation", e.category().toString(), e.message());
    }

    @Test
    void identities_are_names_addresses_and_guids() {
        PsObject batch = (PsObject) fx.run(GetMigrationBatchCommand.class, "wave1").get(0);
        PsObject byGuid = (PsObject) fx.run(GetMigrationBatchCommand.class, batch.get("BatchGuid").toString()).get(0);
        assertEquals("wave1", byGuid.get("Identity").toString());
        PsObject braces = (PsObject) fx.run(GetMigrationBatchCommand.class, "{" + batch.get("BatchGuid") + "}").get(0);
        assertEquals("wave1", braces.get("Identity").toString());

        PsObject user = (PsObject) fx.run(GetMigrationUserCommand.class, "alice@contoso.com").get(0);
        // A user's GUID is the MailboxGuid it shows; Get-MigrationUserStatistics and Remove-MigrationUser read it too.
        String guid = user.get("MailboxGuid").toString();
        assertEquals("alice@contoso.com", ((PsObject) fx.run(GetMigrationUserCommand.class, guid).get(0))
                .get("Identity").toString());
        assertEquals("alice@contoso.com", ((PsObject) fx.run(GetMigrationUserStatisticsCommand.class, guid).get(0))
                .get("Identity").toString());
        fx.run(RemoveMigrationUserCommand.class, guid, "-Confirm:false");
        assertEquals(List.of(), fx.run(GetMigrationUserCommand.class, "-BatchId", "wave1").stream()
                .filter(u -> ((PsObject) u).get("Identity").equals("alice@contoso.com")).toList());

        PsObject endpoint = (PsObject) fx.run(GetMigrationEndpointCommand.class, "src").get(0);
        assertEquals("src", ((PsObject) fx.run(GetMigrationEndpointCommand.class, endpoint.get("Guid").toString())
                .get(0)).get("Identity").toString());

        PsObject mailbox = (PsObject) fx.run(GetMailboxCommand.class, "carol").get(0);
        for (Object id : List.of("carol@contoso.com", mailbox.get("Guid").toString())) {
            assertEquals("carol", ((PsObject) fx.run(GetMailboxCommand.class, id).get(0)).get("Name"), id.toString());
        }
        PsObject request = (PsObject) fx.run(GetSyncRequestCommand.class, "carol\\Sync").get(0);
        for (Object id : List.of(request.get("RequestGuid").toString(), "carol@contoso.com\\Sync")) {
            assertEquals("carol\\Sync", ((PsObject) fx.run(GetSyncRequestCommand.class, id).get(0)).get("Identity"),
                    id.toString());
        }
        assertEquals(1, fx.run(GetSyncRequestCommand.class, "-Mailbox", "carol@contoso.com").size());
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
    }
}
