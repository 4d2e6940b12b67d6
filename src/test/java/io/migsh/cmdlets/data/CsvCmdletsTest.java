package io.migsh.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.PsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCmdletsTest {
    static final String NL = System.lineSeparator();
    @TempDir
    Path dir;

    Fixture fx() {
        return new Fixture(dir, dir.resolve("home"));
    }

    static PsObject row(String email, Object items, Object note) {
        PsObject o = PsObject.custom();
        o.add("EmailAddress", email);
        o.add("Items", items);
        o.add("Note", note);
        return o;
    }

    @Test
    void quotes_every_field_doubles_quotes_and_writes_null_as_an_empty_field() {
        List<Object> lines = fx().run(ConvertToCsvCommand.class, List.of(
                row("a@contoso.com", 3, "say \"hi\", then\nleave"), row("b@contoso.com", null, List.of(1, 2))));
        assertEquals(List.of(
                "\"EmailAddress\",\"Items\",\"Note\"",
                "\"a@contoso.com\",\"3\",\"say \"\"hi\"\", then\nleave\"",
                "\"b@contoso.com\",\"\",\"System.Object[]\""), lines);
    }

    @Test
    void type_line_only_when_asked_and_quoting_options() {
        PsObject o = row("a;b", true, OffsetDateTime.parse("2026-11-25T05:49:22Z"));
        assertEquals(List.of("#TYPE System.Management.Automation.PSCustomObject",
                "\"EmailAddress\";\"Items\";\"Note\"", "\"a;b\";\"True\";\"11/25/2026 5:49:22 AM\""),
                fx().run(ConvertToCsvCommand.class, List.of(o), "-IncludeTypeInformation", "-Delimiter", ';'));
        assertEquals(List.of("EmailAddress;Items;Note", "\"a;b\";True;11/25/2026 5:49:22 AM"),
                fx().run(ConvertToCsvCommand.class, List.of(o), "-Delimiter", ';', "-UseQuotes", "AsNeeded"));
        assertEquals(List.of("\"EmailAddress\",Items,Note", "\"a;b\",True,11/25/2026 5:49:22 AM"),
                fx().run(ConvertToCsvCommand.class, List.of(o), "-QuoteFields", "emailaddress", "-NoTypeInformation"));
        assertEquals(List.of("a;b,True,11/25/2026 5:49:22 AM"),
                fx().run(ConvertToCsvCommand.class, List.of(o), "-UseQuotes", "Never", "-NoHeader"));
    }

    @Test
    void hashtables_become_rows_with_their_keys_as_columns() {
        PsHashtable h = new PsHashtable(true);
        h.put("Name", "x");
        h.put("Size", 5L);
        assertEquals(List.of("\"Name\",\"Size\"", "\"x\",\"5\""), fx().run(ConvertToCsvCommand.class, List.of(h)));
    }

    @Test
    void export_then_import_gives_strings_and_handles_embedded_newlines() throws IOException {
        fx().run(ExportCsvCommand.class, List.of(row("a@contoso.com", 3, "two\nlines"), row("b@contoso.com", 4, "")),
                "users.csv");
        assertEquals("\"EmailAddress\",\"Items\",\"Note\"" + NL + "\"a@contoso.com\",\"3\",\"two\nlines\"" + NL
                + "\"b@contoso.com\",\"4\",\"\"" + NL, Files.readString(dir.resolve("users.csv")));
        List<Object> back = fx().run(ImportCsvCommand.class, null, "users.csv");
        assertEquals(2, back.size());
        PsObject a = (PsObject) back.get(0);
        assertEquals(List.of("System.Management.Automation.PSCustomObject", "System.Object"), a.typeNames());
        assertEquals("3", a.get("Items"));
        assertEquals("two\nlines", a.get("Note"));
        assertEquals("", ((PsObject) back.get(1)).get("Note"));
    }

    @Test
    void append_keeps_the_columns_of_the_file_and_refuses_a_mismatch_without_force() throws IOException {
        fx().run(ExportCsvCommand.class, List.of(row("a", 1, "n")), "log.csv");
        PsObject other = PsObject.custom();
        other.add("Note", "m");
        other.add("EmailAddress", "b");
        other.add("Items", 2);
        other.add("Extra", "dropped");
        fx().run(ExportCsvCommand.class, List.of(other), "log.csv", "-Append");
        assertEquals("\"EmailAddress\",\"Items\",\"Note\"" + NL + "\"a\",\"1\",\"n\"" + NL + "\"b\",\"2\",\"m\"" + NL,
                Files.readString(dir.resolve("log.csv")));
        PsObject missing = PsObject.custom();
        missing.add("EmailAddress", "c");
        PsException e = assertThrows(PsException.class,
                () -> fx().run(ExportCsvCommand.class, List.of(missing), "log.csv", "-Append"));
        assertEquals("Cannot append CSV content to the following file: " + dir.resolve("log.csv") + ". The appended "
                + "object does not have a property that corresponds to the following column: Items. To continue with "
                + "mismatched properties, add the -Force parameter, and then retry the command.", e.getMessage());
        fx().run(ExportCsvCommand.class, List.of(missing), "log.csv", "-Append", "-Force");
        assertEquals(true, Files.readString(dir.resolve("log.csv")).endsWith("\"c\",\"\",\"\"" + NL));
    }

    @Test
    void every_encoding_with_a_byte_order_mark_writes_it_and_reads_back_without_being_named() throws IOException {
        java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
        marks.put("utf8BOM", "ef bb bf 22");
        marks.put("unicode", "ff fe 22 00");
        marks.put("bigendianunicode", "fe ff 00 22");
        marks.put("utf32", "ff fe 00 00");
        marks.put("bigendianutf32", "00 00 fe ff");
        marks.put("utf8NoBOM", "22 4e 61 6d");
        for (var m : marks.entrySet()) {
            String file = m.getKey() + ".csv";
            PsObject o = PsObject.custom();
            o.add("Name", "\u00e9\u4e2d");
            fx().run(ExportCsvCommand.class, List.of(o), file, "-Encoding", m.getKey());
            byte[] b = Files.readAllBytes(dir.resolve(file));
            assertEquals(m.getValue(), String.format("%02x %02x %02x %02x", b[0], b[1], b[2], b[3]), m.getKey());
            PsObject more = PsObject.custom();
            more.add("Name", "z");
            fx().run(ExportCsvCommand.class, List.of(more), file, "-Append");
            List<Object> back = fx().run(ImportCsvCommand.class, null, file);
            assertEquals(List.of("\u00e9\u4e2d", "z"), back.stream().map(r -> ((PsObject) r).get("Name")).toList(),
                    m.getKey() + ": -Append keeps the file's encoding and Import-Csv follows its mark");
        }
    }

    @Test
    void import_reads_type_line_header_parameter_short_rows_and_blank_lines() throws IOException {
        Files.writeString(dir.resolve("in.csv"), "\uFEFF#TYPE Contoso.User\r\nName,Mail\r\n\r\nu1,\"u1@contoso.com\"\r\nu2\r\n");
        List<Object> rows = fx().run(ImportCsvCommand.class, null, "in.csv");
        assertEquals(2, rows.size());
        PsObject u1 = (PsObject) rows.get(0);
        assertEquals(List.of("Contoso.User", "CSV:Contoso.User"), u1.typeNames());
        assertEquals("u1@contoso.com", u1.get("Mail"));
        assertNull(((PsObject) rows.get(1)).get("Mail"));

        List<Object> headed = fx().run(ImportCsvCommand.class, null, "in.csv", "-Header", List.of("A", "B"));
        assertEquals(List.of("A", "B"), ((PsObject) headed.get(0)).propertyNames());
        assertEquals("Name", ((PsObject) headed.get(0)).get("A"));
    }

    /** CsvCommands.cs ParseNextRecord, rule by rule; a record's text as it is in the file, its value as read. */
    @Test
    void import_splits_records_by_powershells_lenient_rules() throws IOException {
        Files.writeString(dir.resolve("edge.csv"), "A,B,C\r\n"
                + "  lead, \"quoted\"  ,tail  \r\n" // blanks before a field dropped, after a closing quote too
                + "x,y\"z,\"q\"\"uote\"\r\n" // a quote inside an unquoted field is kept; "" in quotes is one
                + "\"a,b\" after,mid dle \"x,y\r\n" // text after a closing quote joins; a blank runs to the delimiter
                + "\"two\r\nlines\",\"lf\nonly\",1,2,3\r\n" // line breaks kept as written; values past the header dropped
                + "last,,\r\n");
        List<Object> rows = fx().run(ImportCsvCommand.class, null, "edge.csv");
        List<List<Object>> values = new ArrayList<>();
        for (Object r : rows) {
            PsObject o = (PsObject) r;
            values.add(java.util.Arrays.asList(o.get("A"), o.get("B"), o.get("C")));
        }
        assertEquals(List.of(
                List.of("lead", "quoted", "tail "), // ReadTillNextDelimiter drops the blanks after the first
                List.of("x", "y\"z", "q\"uote"),
                List.of("a,b after", "mid dle \"x", "y"),
                List.of("two\r\nlines", "lf\nonly", "1"),
                List.of("last", "", "")), values);
    }

    @Test
    void empty_header_names_count_from_h1_and_the_type_line_may_hold_the_delimiter() throws IOException {
        Files.writeString(dir.resolve("h.csv"), "#Type System.Collections.Generic.List`1[[System.String, mscorlib]]\n"
                + "A,,B,\n1,2,3,4\n");
        PsObject o = (PsObject) fx().run(ImportCsvCommand.class, null, "h.csv").get(0);
        assertEquals(List.of("A", "H1", "B", "H2"), o.propertyNames());
        assertEquals(List.of("System.Collections.Generic.List`1[[System.String, mscorlib]]",
                "CSV:System.Collections.Generic.List`1[[System.String, mscorlib]]"), o.typeNames());
        assertEquals("4", o.get("H2"));
    }

    @Test
    void a_malformed_csv_names_file_line_and_column() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "A,B\n1,2\n\n3,\"open\n4,5\n");
        PsException e = assertThrows(PsException.class, () -> fx().run(ImportCsvCommand.class, null, "bad.csv"));
        assertEquals("Cannot read 'bad.csv' as CSV: A quoted field has no closing quote. "
                + "Line 4, position 3.", e.getMessage());
        Files.writeString(dir.resolve("dup.csv"), "#TYPE X\nA,\"B,C\",a\n1,2,3\n");
        e = assertThrows(PsException.class, () -> fx().run(ImportCsvCommand.class, null, "dup.csv"));
        assertEquals("Cannot read 'dup.csv' as CSV: The member \"a\" is already present. "
                + "Line 2, position 9.", e.getMessage());
        e = assertThrows(PsException.class, () -> fx().run(ConvertFromCsvCommand.class,
                new ArrayList<>(List.of("A,B", "1,\"2"))));
        assertEquals("A quoted field has no closing quote. Line 2, position 3.", e.getMessage());
    }

    @Test
    void convert_from_csv_reads_pipeline_lines() {
        List<Object> lines = new ArrayList<>(List.of("\"Name\",\"Count\"", "\"x\",\"1\"", "\"y\",\"2\""));
        List<Object> rows = fx().run(ConvertFromCsvCommand.class, lines);
        assertEquals(2, rows.size());
        assertEquals("2", ((PsObject) rows.get(1)).get("Count"));
    }
}
