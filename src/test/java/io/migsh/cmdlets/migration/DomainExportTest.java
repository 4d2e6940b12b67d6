package io.migsh.cmdlets.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.clixml.ClixmlStructure;
import io.migsh.cmdlets.data.ExportClixmlCommand;
import io.migsh.cmdlets.data.ImportClixmlCommand;
import io.migsh.command.Cmdlet;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * What Export-Clixml writes for the migration objects, set beside the real Exchange exports under
 * src/test/resources/clixml: Exchange's type names, property names and kinds, the Report's failures as objects at
 * the default depth, and never a stored password.
 */
class DomainExportTest {
    /** The statistics of one user whose sync failed twice transiently, then for good (the seed workflow's file). */
    static final Path GOLDEN = Path.of("src/test/resources/clixml/migsh-migration-user-statistics.xml");
    static final String MAILBOX_PASSWORD = "Mb0x!Secret";
    static final String MASTER_PASSWORD = "Mast3r!Secret";
    static final String CSV_PASSWORD = "B0b!CsvSecret";
    static final String REQUEST_PASSWORD = "C4rol!Secret";

    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        fx.run(NewAcceptedDomainCommand.class, "-Name", "contoso.com", "-DomainName", "contoso.com");
        fx.run(NewMigrationEndpointCommand.class, "-IMAP", "-Name", "src", "-RemoteServer", "imap.old.example",
                "-SkipVerification");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static SecureString secure(String s) {
        return new SecureString(s.toCharArray());
    }

    /** alice's sync fails twice with a transient error, is retried, then fails for good on a bad password. */
    private void failingUser() {
        fx.run(NewMailboxCommand.class, "-Name", "alice", "-MicrosoftOnlineServicesID", "alice@contoso.com");
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave1", "-SourceEndpoint", "src", "-CSVData",
                csv("alice@contoso.com,alice,wrong"));
        fx.engine.transientFailuresLeft = 2;
        fx.run(StartMigrationBatchCommand.class, "wave1");
        for (int pass = 0; pass < 3; pass++) {
            fx.runService();
            fx.clock.advance(Duration.ofMinutes(10));
        }
    }

    /** Every kind of object, several of them created with a password. */
    private void everything() {
        fx.run(NewMailboxDatabaseCommand.class, "-Name", "NewServer", "-ImapServer", "imap.new.example",
                "-MasterUser", "admin", "-MasterPassword", secure(MASTER_PASSWORD));
        fx.run(NewMailboxCommand.class, "-Name", "bob", "-MicrosoftOnlineServicesID", "bob@contoso.com",
                "-Password", secure(MAILBOX_PASSWORD), "-Database", "NewServer");
        fx.run(NewMailboxCommand.class, "-Name", "carol", "-MicrosoftOnlineServicesID", "carol@contoso.com",
                "-Password", secure(MAILBOX_PASSWORD));
        fx.run(NewMigrationBatchCommand.class, "-Name", "wave2", "-SourceEndpoint", "src", "-CSVData",
                csv("bob@contoso.com,bob," + CSV_PASSWORD), "-NotificationEmails", "admin@contoso.com");
        fx.run(NewSyncRequestCommand.class, "-Mailbox", "carol", "-Imap", "-RemoteServerName", "imap.old.example",
                "-RemoteEmailAddress", "carol@old.example", "-Password", secure(REQUEST_PASSWORD));
        fx.run(StartMigrationBatchCommand.class, "wave2");
        fx.runService();
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
    }

    private static byte[] csv(String row) {
        return ("EmailAddress,UserName,Password\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Runs a Get- cmdlet into Export-Clixml and reads the file as XML. */
    private ClixmlDocument export(String file, Class<? extends Cmdlet> get, Object... args) {
        return ClixmlDocument.read(exportFile(file, get, args));
    }

    private Path exportFile(String file, Class<? extends Cmdlet> get, Object... args) {
        Path f = dir.resolve(file);
        fx.pipeline(Fixture.stage(get, args), Fixture.stage(ExportClixmlCommand.class, "-Path", f.toString()));
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
        return f;
    }

    @Test
    void statistics_have_exchanges_names_and_kinds_and_the_reports_failures_stay_objects_at_the_default_depth()
            throws IOException {
        failingUser();
        ClixmlDocument x = export("stats.xml", GetMigrationUserStatisticsCommand.class, "alice@contoso.com",
                "-IncludeReport", "-IncludeSkippedItems");
        Element s = x.objects().get(0);
        assertEquals(List.of("Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics",
                "Microsoft.Exchange.Data.Storage.Management.MigrationUser", "Microsoft.Exchange.Data.ConfigurableObject",
                "System.Object"), x.typeNames(s));
        String mvp = "list Microsoft.Exchange.Data.MultiValuedProperty`1[[";
        assertEquals(List.of("Identity S", "BatchId S", "EmailAddress S", "RecipientType S", "SkippedItemCount I64",
                "SyncedItemCount I64", "MailboxGuid G", "MailboxLegacyDN Nil", "RequestGuid G",
                "LastSuccessfulSyncTime Nil", "Status enum Microsoft.Exchange.Data.Storage.Management.MigrationUserStatus",
                "StatusSummary enum Microsoft.Exchange.Data.Storage.Management.MigrationUserStatusSummary",
                "LastSubscriptionCheckTime DT", "ErrorSummary S", "TotalItemsInSourceMailboxCount I64",
                "TotalQueuedDuration TS", "TotalInProgressDuration TS", "TotalSyncedDuration TS",
                "TotalStalledDuration TS", "Error Microsoft.Exchange.MailboxReplicationService.FailureRec",
                "MigrationType S", "EstimatedTotalTransferSize Microsoft.Exchange.Data.ByteQuantifiedSize",
                "EstimatedTotalTransferCount I64", "BytesTransferred Microsoft.Exchange.Data.ByteQuantifiedSize",
                "AverageBytesTransferredPerHour Microsoft.Exchange.Data.ByteQuantifiedSize",
                "CurrentBytesTransferredPerMinute Microsoft.Exchange.Data.ByteQuantifiedSize",
                "PercentageComplete I32", "SkippedItems " + mvp
                        + "Microsoft.Exchange.Data.Storage.Management.MigrationUserSkippedItem, "
                        + "Microsoft.Exchange.Data.Storage, Version=15.0.0.0, Culture=neutral, "
                        + "PublicKeyToken=31bf3856ad364e35]]",
                "DiagnosticInfo Nil", "Report Microsoft.Exchange.MailboxReplicationService.Report", "IsValid B",
                "ObjectState enum Microsoft.Exchange.Data.ObjectState"), x.shape(s));

        Element report = x.property(s, "Report");
        assertEquals(List.of("Entries list System.Object[]", "Failures list System.Object[]",
                "BadItems list System.Object[]", "LargeItems list System.Object[]",
                "MissingItems list System.Object[]"), x.shape(report));
        List<String> failureTypes = new ArrayList<>();
        for (Element f : x.items(x.property(report, "Failures"))) {
            assertEquals("Microsoft.Exchange.MailboxReplicationService.FailureRec", x.typeNames(f).get(0));
            assertEquals(List.of("Timestamp DT", "FailureType S", "FailureCode I32", "MapiLowLevelError I32",
                    "FailureSide S", "FailureContext Nil", "Message S"), x.shape(f));
            failureTypes.add(x.property(f, "FailureType").getTextContent());
        }
        assertEquals(List.of("CommunicationErrorTransientException", "CommunicationErrorTransientException",
                "MigrationPermanentException"), failureTypes);
        for (Element e : x.items(x.property(report, "Entries"))) {
            assertEquals("Microsoft.Exchange.MailboxReplicationService.ReportEntry", x.typeNames(e).get(0));
        }
        String text = Files.readString(dir.resolve("stats.xml"));
        assertEquals(List.of(), ClixmlStructure.check(text));
        assertGolden(normalised(text));
    }

    /**
     * The file the seed workflow's transcript reads. Its GUIDs and server name are made fixed; with
     * -Dclixml.bless=true the test writes it anew for review as a diff.
     */
    private static void assertGolden(String text) throws IOException {
        if (Boolean.getBoolean("clixml.bless")) Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), text, "the export differs from " + GOLDEN);
    }

    private String normalised(String text) {
        Map<String, String> guids = new LinkedHashMap<>();
        Matcher m = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String fixed = guids.computeIfAbsent(m.group(), g -> String.format(
                    "00000000-0000-4000-8000-%012d", guids.size() + 1));
            m.appendReplacement(sb, fixed);
        }
        m.appendTail(sb);
        String server = fx.session.serverName();
        return sb.toString().replace("[" + server + "]", "[EXMBX01]").replace(">" + server + "<", ">EXMBX01<");
    }

    @Test
    void multi_valued_properties_enums_and_recipients_have_the_type_names_of_a_real_exchange_export() {
        everything();
        ClixmlDocument real = ClixmlDocument.of(resource("exchange-dynamicdistributiongroup.xml"));
        Element group = real.objects().get(0);
        ClixmlDocument mine = export("mailbox.xml", GetMailboxCommand.class, "bob");
        Element mailbox = mine.objects().get(0);
        List<String> realNames = real.typeNames(group);
        List<String> names = mine.typeNames(mailbox);
        assertEquals("Microsoft.Exchange.Data.Directory.Management.Mailbox", names.get(0));
        assertEquals(realNames.subList(realNames.indexOf(
                "Microsoft.Exchange.Data.Directory.Management.MailEnabledRecipient"), realNames.size()),
                names.subList(names.indexOf("Microsoft.Exchange.Data.Directory.Management.MailEnabledRecipient"),
                        names.size()));
        for (String p : List.of("EmailAddresses", "RecipientType", "RecipientTypeDetails", "ObjectState")) {
            Element theirs = real.property(group, p);
            Element ours = mine.property(mailbox, p);
            assertEquals(real.typeNames(theirs), mine.typeNames(ours), p);
            assertEquals(kindsOfChildren(theirs), kindsOfChildren(ours), p);
        }
        ClixmlDocument batch = export("batch.xml", GetMigrationBatchCommand.class, "wave2");
        Element b = batch.objects().get(0);
        List<String> strings = real.typeNames(real.property(group, "ConditionalDepartment"));
        for (String p : List.of("NotificationEmails", "ExcludedFolders", "IncludedFolders", "TargetDatabases")) {
            assertEquals(strings, batch.typeNames(batch.property(b, p)), p);
        }
        assertEquals(List.of("admin@contoso.com"),
                batch.items(batch.property(b, "NotificationEmails")).stream().map(Element::getTextContent).toList());
    }

    /** The element names inside an object (TN, ToString, I32, ...), which say what kind of value it is. */
    private static List<String> kindsOfChildren(Element obj) {
        return ClixmlDocument.children(obj).stream().map(Element::getTagName).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DomainExportTest.class.getResourceAsStream("/clixml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_migration_object_exports_under_its_exchange_type_name() throws IOException {
        everything();
        Map<String, Object[]> gets = new LinkedHashMap<>();
        gets.put("Microsoft.Exchange.Data.Storage.Management.MigrationBatch",
                new Object[] {GetMigrationBatchCommand.class, "wave2", "-IncludeReport"});
        gets.put("Microsoft.Exchange.Data.Storage.Management.MigrationUser",
                new Object[] {GetMigrationUserCommand.class, "bob@contoso.com"});
        gets.put("Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics",
                new Object[] {GetMigrationUserStatisticsCommand.class, "bob@contoso.com", "-IncludeReport",
                        "-IncludeSkippedItems"});
        gets.put("Microsoft.Exchange.Management.RecipientTasks.SyncRequest",
                new Object[] {GetSyncRequestCommand.class, "-Mailbox", "carol"});
        gets.put("Microsoft.Exchange.Management.RecipientTasks.SyncRequestStatistics",
                new Object[] {GetSyncRequestStatisticsCommand.class, "carol\\Sync", "-IncludeReport"});
        gets.put("Microsoft.Exchange.Data.Storage.Management.MigrationEndpoint",
                new Object[] {GetMigrationEndpointCommand.class, "src"});
        gets.put("Microsoft.Exchange.Data.Directory.Management.Mailbox",
                new Object[] {GetMailboxCommand.class, "carol"});
        gets.put("Microsoft.Exchange.Data.Directory.SystemConfiguration.MailboxDatabase",
                new Object[] {GetMailboxDatabaseCommand.class, "NewServer"});
        int n = 0;
        for (var g : gets.entrySet()) {
            Object[] a = g.getValue();
            @SuppressWarnings("unchecked")
            Class<? extends Cmdlet> get = (Class<? extends Cmdlet>) a[0];
            Path file = exportFile("o" + (n++) + ".xml", get, java.util.Arrays.copyOfRange(a, 1, a.length));
            ClixmlDocument x = ClixmlDocument.read(file);
            assertEquals(1, x.objects().size(), g.getKey());
            List<String> names = x.typeNames(x.objects().get(0));
            assertEquals(g.getKey(), names.get(0));
            assertEquals(List.of("Microsoft.Exchange.Data.ConfigurableObject", "System.Object"),
                    names.subList(names.size() - 2, names.size()), g.getKey());
            assertEquals("enum Microsoft.Exchange.Data.ObjectState",
                    x.kind(x.property(x.objects().get(0), "ObjectState")), g.getKey());
            assertEquals(List.of(), ClixmlStructure.check(Files.readString(file)), g.getKey());
            assertRoundTrip(file, g.getKey());
        }
    }

    /**
     * Import then Export-Clixml writes what was exported, each type name now with "Deserialized." (as PowerShell
     * does), and a second import and export changes nothing at all.
     */
    private void assertRoundTrip(Path file, String what) throws IOException {
        String first = Files.readString(file);
        Path again = dir.resolve("again.xml");
        Path third = dir.resolve("third.xml");
        fx.pipeline(Fixture.stage(ImportClixmlCommand.class, file.toString()),
                Fixture.stage(ExportClixmlCommand.class, "-Path", again.toString(), "-Force"));
        fx.pipeline(Fixture.stage(ImportClixmlCommand.class, again.toString()),
                Fixture.stage(ExportClixmlCommand.class, "-Path", third.toString(), "-Force"));
        assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
        assertEquals(first.replace("<T>", "<T>Deserialized."), Files.readString(again), what);
        assertEquals(Files.readString(again), Files.readString(third), what);
    }

    @Test
    void stored_passwords_are_never_part_of_an_export() throws IOException {
        everything();
        List<String> secrets = new ArrayList<>(List.of(MAILBOX_PASSWORD, MASTER_PASSWORD, CSV_PASSWORD,
                REQUEST_PASSWORD));
        secrets.addAll(fx.session.db().read(s -> {
            List<String> sealed = new ArrayList<>();
            sealed.addAll(s.query("SELECT password_secret FROM migration_user", r -> r.getString("password_secret")));
            sealed.addAll(s.query("SELECT password_secret FROM sync_request", r -> r.getString("password_secret")));
            sealed.addAll(s.query("SELECT password_secret FROM mailbox WHERE password_secret IS NOT NULL",
                    r -> r.getString("password_secret")));
            sealed.addAll(s.query("SELECT master_password FROM mailbox_database WHERE master_password IS NOT NULL",
                    r -> r.getString("master_password")));
            return sealed;
        }));
        assertTrue(secrets.size() >= 8, "four passwords, each stored sealed at least once: " + secrets);
        for (String depth : List.of("2", "10")) {
            StringBuilder all = new StringBuilder();
            List<Object[]> gets = List.of(new Object[] {GetMigrationBatchCommand.class, "-IncludeReport"},
                    new Object[] {GetMigrationUserCommand.class},
                    new Object[] {GetMigrationUserStatisticsCommand.class, "bob@contoso.com", "-IncludeReport",
                            "-IncludeSkippedItems", "-DiagnosticInfo", "verbose"},
                    new Object[] {GetSyncRequestCommand.class},
                    new Object[] {GetSyncRequestStatisticsCommand.class, "carol\\Sync", "-IncludeReport",
                            "-DiagnosticInfo", "verbose"},
                    new Object[] {GetMigrationEndpointCommand.class}, new Object[] {GetMailboxCommand.class},
                    new Object[] {GetMailboxDatabaseCommand.class});
            for (Object[] a : gets) {
                Path f = dir.resolve("all.xml");
                @SuppressWarnings("unchecked")
                Class<? extends Cmdlet> get = (Class<? extends Cmdlet>) a[0];
                fx.pipeline(Fixture.stage(get, java.util.Arrays.copyOfRange(a, 1, a.length)),
                        Fixture.stage(ExportClixmlCommand.class, "-Path", f.toString(), "-Depth", depth, "-Force"));
                all.append(Files.readString(f));
            }
            assertEquals(List.of(), fx.errors.stream().map(e -> e.message()).toList());
            assertTrue(all.toString().contains("bob@contoso.com") && all.toString().contains("NewServer"));
            for (String secret : secrets) assertFalse(all.toString().contains(secret), "depth " + depth + ": "
                    + secret);
        }
    }

    @Test
    void an_imported_statistics_file_gives_the_report_and_its_failures_back_as_objects() {
        failingUser();
        Path f = exportFile("stats.xml", GetMigrationUserStatisticsCommand.class, "alice@contoso.com",
                "-IncludeReport");
        PsObject s = (PsObject) fx.run(ImportClixmlCommand.class, f.toString()).get(0);
        assertEquals("Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUserStatistics", s.typeName());
        PsObject report = (PsObject) s.get("Report");
        assertEquals("Deserialized.Microsoft.Exchange.MailboxReplicationService.Report", report.typeName());
        List<?> failures = (List<?>) report.get("Failures");
        assertEquals(3, failures.size());
        PsObject last = (PsObject) failures.get(2);
        assertEquals("Deserialized.Microsoft.Exchange.MailboxReplicationService.FailureRec", last.typeName());
        assertEquals("MigrationPermanentException", last.get("FailureType"));
        assertEquals("Source", last.get("FailureSide"));
        PsObject entry = (PsObject) ((List<?>) report.get("Entries")).get(0);
        assertEquals("Deserialized.Microsoft.Exchange.MailboxReplicationService.ReportEntry", entry.typeName());
    }
}
