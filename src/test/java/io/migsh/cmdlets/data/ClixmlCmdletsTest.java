package io.migsh.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClixmlCmdletsTest {
    static final String NL = System.lineSeparator();
    @TempDir
    Path dir;

    Fixture fx() {
        return new Fixture(dir, dir.resolve("home"));
    }

    static PsObject user(String name, int items) {
        PsObject o = new PsObject("Microsoft.Exchange.Migration.MigrationUser", "System.Object").withToString(name);
        o.add("Identity", name);
        o.add("ItemsSynced", items);
        return o;
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ClixmlCmdletsTest.class.getResourceAsStream("/clixml/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void every_data_cmdlet_compiles() {
        CommandRegistry registry = new CommandRegistry().addCmdlets(DataCmdlets.all().toArray(Class[]::new));
        assertTrue(registry.find("Export-Clixml").isPresent());
        assertTrue(registry.find("ConvertFrom-Json").isPresent());
        assertTrue(registry.find("ipcsv").isPresent());
    }

    @Test
    void exports_each_pipeline_object_as_a_top_level_element_in_utf8_without_bom() throws IOException {
        fx().run(ExportClixmlCommand.class, List.of(user("a@contoso.com", 3), user("b@contoso.com", 4)), "u.xml");
        String text = Files.readString(dir.resolve("u.xml"));
        assertEquals(String.join(NL,
                "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">",
                "  <Obj RefId=\"0\">",
                "    <TN RefId=\"0\">",
                "      <T>Microsoft.Exchange.Migration.MigrationUser</T>",
                "      <T>System.Object</T>",
                "    </TN>",
                "    <ToString>a@contoso.com</ToString>",
                "    <Props>",
                "      <S N=\"Identity\">a@contoso.com</S>",
                "      <I32 N=\"ItemsSynced\">3</I32>",
                "    </Props>",
                "  </Obj>",
                "  <Obj RefId=\"1\">",
                "    <TNRef RefId=\"0\" />",
                "    <ToString>b@contoso.com</ToString>",
                "    <Props>",
                "      <S N=\"Identity\">b@contoso.com</S>",
                "      <I32 N=\"ItemsSynced\">4</I32>",
                "    </Props>",
                "  </Obj>",
                "</Objs>"), text);
    }

    @Test
    void imports_objects_with_deserialized_type_names_and_pages_with_first_and_skip() throws IOException {
        Files.write(dir.resolve("health.xml"), fixture("exchange-testservicehealth-3objs.xml"));
        List<Object> all = fx().run(ImportClixmlCommand.class, null, "health.xml");
        assertEquals(3, all.size());
        assertEquals("Deserialized.Microsoft.Exchange.Monitoring.ExchangeServicesStatus",
                ((PsObject) all.get(2)).typeName());
        List<Object> page = fx().run(ImportClixmlCommand.class, null, "health.xml", "-Skip", 1, "-First", 1);
        assertEquals(1, page.size());
        assertEquals(((PsObject) all.get(1)).get("Role"), ((PsObject) page.get(0)).get("Role"));
    }

    static PsObject statistics() {
        PsObject failure = new PsObject("Microsoft.Exchange.MailboxReplicationService.FailureRec", "System.Object")
                .withToString("TooManyLargeItemsPermanentException");
        failure.add("FailureType", "TooManyLargeItemsPermanentException");
        PsObject report = new PsObject("Microsoft.Exchange.MailboxReplicationService.Report", "System.Object");
        report.add("Failures", new java.util.ArrayList<>(List.of(failure)));
        PsObject stats = new PsObject("Microsoft.Exchange.Migration.MigrationUserStatistics", "System.Object")
                .withToString("user1@contoso.com");
        stats.add("Report", report);
        return stats;
    }

    @Test
    void report_failures_become_strings_at_the_default_depth_and_stay_objects_at_depth_three() {
        fx().run(ExportClixmlCommand.class, List.of(statistics()), "d2.xml");
        PsObject d2 = (PsObject) fx().run(ImportClixmlCommand.class, null, "d2.xml").get(0);
        Object failure2 = ((List<?>) ((PsObject) d2.get("Report")).get("Failures")).get(0);
        assertEquals("TooManyLargeItemsPermanentException", failure2);

        fx().run(ExportClixmlCommand.class, List.of(statistics()), "d3.xml", "-Depth", 3);
        PsObject d3 = (PsObject) fx().run(ImportClixmlCommand.class, null, "d3.xml").get(0);
        PsObject failure3 = (PsObject) ((List<?>) ((PsObject) d3.get("Report")).get("Failures")).get(0);
        assertEquals("TooManyLargeItemsPermanentException", failure3.get("FailureType"));
        assertEquals("Deserialized.Microsoft.Exchange.MailboxReplicationService.FailureRec", failure3.typeName());
    }

    @Test
    void an_exported_array_comes_back_as_one_list_unless_paged() {
        fx().run(ExportClixmlCommand.class, null, "a.xml", "-InputObject", List.of(1, 2, 3));
        List<Object> whole = fx().run(ImportClixmlCommand.class, null, "a.xml");
        assertEquals(List.of(List.of(1, 2, 3)), whole);
        assertEquals(List.of(2, 3), fx().run(ImportClixmlCommand.class, null, "a.xml", "-Skip", 1));
    }

    @Test
    void a_truncated_file_is_one_error_naming_file_line_and_column() throws IOException {
        String text = new String(fixture("service-controller-enums.xml"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.xml"), text.substring(0, text.length() - 30));
        PsException e = assertThrows(PsException.class, () -> fx().run(ImportClixmlCommand.class, null, "bad.xml"));
        assertEquals("Cannot read 'bad.xml' as CLIXML: Unexpected end of input block in start "
                + "tag. Line 136, position 41.", e.getMessage());
        assertEquals("System.Xml.XmlException,Import-Clixml", e.record().fullyQualifiedErrorId());
    }

    @Test
    void a_missing_file_is_powershells_path_error() {
        PsException e = assertThrows(PsException.class, () -> fx().run(ImportClixmlCommand.class, null, "no.xml"));
        assertEquals("Cannot find path '" + dir.resolve("no.xml") + "' because it does not exist.", e.getMessage());
    }

    @Test
    void a_folder_is_refused_as_dotnet_refuses_to_open_it() throws IOException {
        Files.createDirectory(dir.resolve("exports"));
        PsException e = assertThrows(PsException.class, () -> fx().run(ImportClixmlCommand.class, null, "exports"));
        assertEquals("Access to the path '" + dir.resolve("exports") + "' is denied.", e.getMessage());
        assertEquals("FileOpenFailure,Import-Clixml", e.record().fullyQualifiedErrorId());
    }

    @Test
    void no_clobber_what_if_depth_and_missing_folders() throws IOException {
        Files.writeString(dir.resolve("keep.xml"), "x");
        PsException e = assertThrows(PsException.class,
                () -> fx().run(ExportClixmlCommand.class, List.of(1), "keep.xml", "-NoClobber"));
        assertEquals("The file '" + dir.resolve("keep.xml") + "' already exists.", e.getMessage());
        assertEquals("x", Files.readString(dir.resolve("keep.xml")));

        Fixture f = fx();
        f.run(ExportClixmlCommand.class, List.of(1), "w.xml", "-WhatIf");
        assertFalse(Files.exists(dir.resolve("w.xml")));
        assertEquals("What if: Performing the operation \"Export-Clixml\" on target \"" + dir.resolve("w.xml")
                + "\".\n", f.output.toString());

        e = assertThrows(PsException.class, () -> fx().run(ExportClixmlCommand.class, List.of(1), "d.xml",
                "-Depth", 0));
        assertTrue(e.getMessage().startsWith("Cannot validate argument on parameter 'Depth'. The 0 argument is less"));
        e = assertThrows(PsException.class, () -> fx().run(ExportClixmlCommand.class, List.of(1), "no/such/d.xml"));
        assertEquals("Could not find a part of the path '" + dir.resolve("no/such/d.xml") + "'.", e.getMessage());
    }

    @Test
    void unicode_encoding_writes_a_byte_order_mark_and_reads_back() throws IOException {
        fx().run(ExportClixmlCommand.class, List.of("ä"), "u16.xml", "-Encoding", "unicode");
        byte[] bytes = Files.readAllBytes(dir.resolve("u16.xml"));
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, '<', 0}, java.util.Arrays.copyOf(bytes, 4));
        assertEquals(List.of("ä"), fx().run(ImportClixmlCommand.class, null, "u16.xml"));
    }

    @Test
    void every_unicode_encoding_reads_back() {
        for (String enc : List.of("utf8", "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "utf32",
                "bigendianutf32")) {
            fx().run(ExportClixmlCommand.class, List.of("\u00e9\u4e2d"), enc + ".xml", "-Encoding", enc);
            assertEquals(List.of("\u00e9\u4e2d"), fx().run(ImportClixmlCommand.class, null, enc + ".xml"), enc);
        }
    }

    @Test
    void credentials_export_encrypted_and_import_with_the_same_data_directory() throws IOException {
        PsCredential cred = new PsCredential("user1@contoso.com", new SecureString("S3cret!".toCharArray()));
        fx().run(ExportClixmlCommand.class, List.of(cred), "cred.xml");
        String text = Files.readString(dir.resolve("cred.xml"));
        assertFalse(text.contains("S3cret!"));
        assertTrue(text.contains("<SS N=\"Password\">"));
        PsCredential back = (PsCredential) fx().run(ImportClixmlCommand.class, null, "cred.xml").get(0);
        assertArrayEquals("S3cret!".toCharArray(), back.password().reveal());
        assertTrue(Files.exists(dir.resolve("home/migsh.key")));
    }

    @Test
    void convert_to_and_from_clixml_round_trip_in_memory() {
        List<Object> text = fx().run(ConvertToCliXmlCommand.class, List.of(user("a", 1), "x"));
        assertEquals(1, text.size());
        List<Object> back = fx().run(ConvertFromCliXmlCommand.class, text);
        assertEquals(2, back.size());
        assertEquals("Deserialized.Microsoft.Exchange.Migration.MigrationUser", ((PsObject) back.get(0)).typeName());
        assertEquals("x", back.get(1));
        PsException e = assertThrows(PsException.class,
                () -> fx().run(ConvertFromCliXmlCommand.class, List.of("<Objs><S>x</Objs>")));
        assertTrue(e.getMessage().contains("Line 1"), e.getMessage());
    }
}
