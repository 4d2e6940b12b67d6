package io.migsh.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.SessionZone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates keep .NET's DateTimeKind through CLIXML and JSON, as PowerShell writes and reads them: Utc as Z, Local with
 * its offset (+00:00 too), Unspecified with neither. The session zone is set in each test, so that the machine's
 * own zone plays no part.
 */
class DateKindTest {
    private static final Instant NOW = Instant.parse("2026-01-05T14:30:15Z");
    private static final String HEADER =
            "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    @TempDir
    Path dir;
    @RegisterExtension
    final SessionZone zone = SessionZone.restoredAfterEach();

    private String run(String zone, String... commands) {
        Conversions.setZone(ZoneId.of(zone));
        RecordingHost host = new RecordingHost(120);
        StringBuilder out = new StringBuilder();
        try (Shell shell = new Shell(host, dir, dir.resolve(".migsh"), Clock.fixed(NOW, ZoneOffset.UTC))) {
            for (String c : commands) {
                shell.execute(c);
                out.append(host.take());
            }
        }
        return out.toString();
    }

    private static String clixml(String... elements) {
        StringBuilder sb = new StringBuilder(HEADER).append(System.lineSeparator());
        for (String e : elements) sb.append("  ").append(e).append(System.lineSeparator());
        return sb.append("</Objs>").toString();
    }

    private String file(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void each_clixml_date_form_reads_as_its_kind_and_re_exports_byte_identically() throws IOException {
        String[][] forms = {
                {"<DT>2024-01-15T10:00:00+00:00</DT>", "Local 2024-01-15T10:00:00.0000000+00:00"},
                {"<DT>2024-01-15T10:00:00Z</DT>", "Utc 2024-01-15T10:00:00.0000000Z"},
                {"<DT>2024-01-15T10:00:00</DT>", "Unspecified 2024-01-15T10:00:00.0000000"},
                {"<DT>2024-01-15T10:00:00.1234567+05:30</DT>", "Local 2024-01-15T10:00:00.1234567+05:30"}};
        for (String[] form : forms) {
            byte[] original = clixml(form[0]).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("in.xml"), original);
            String shown = run("Europe/London", "$d = Import-Clixml in.xml", "\"$($d.Kind) $($d.ToString('o'))\"",
                    "$d | Export-Clixml out.xml");
            assertEquals(form[1] + "\n", shown, form[0]);
            assertArrayEquals(original, Files.readAllBytes(dir.resolve("out.xml")), form[0]);
        }
    }

    @Test
    void get_date_exports_with_the_local_offset_on_a_utc_machine_and_universal_times_with_z() throws IOException {
        String shown = run("UTC", "(Get-Date).Kind", "[datetime]::UtcNow.Kind", "(Get-Date).ToUniversalTime().Kind",
                "Get-Date | Export-Clixml local.xml", "[datetime]::UtcNow | Export-Clixml utc.xml",
                "(Get-Date).ToUniversalTime() | Export-Clixml converted.xml");
        assertEquals("Local\nUtc\nUtc\n", shown);
        assertEquals(clixml("<DT>2026-01-05T14:30:15+00:00</DT>"), file("local.xml"));
        assertEquals(clixml("<DT>2026-01-05T14:30:15Z</DT>"), file("utc.xml"));
        assertEquals(clixml("<DT>2026-01-05T14:30:15Z</DT>"), file("converted.xml"));
    }

    @Test
    void get_date_exports_the_zones_own_offset_elsewhere() throws IOException {
        run("Asia/Kolkata", "Get-Date | Export-Clixml local.xml");
        assertEquals(clixml("<DT>2026-01-05T20:00:15+05:30</DT>"), file("local.xml"));
    }

    @Test
    void convert_to_json_writes_each_kind_as_powershell_7_does() {
        String shown = run("Europe/Paris",
                "$utc = [datetime]::SpecifyKind('2024-01-15 10:00', 'Utc')",
                "$local = [datetime]::SpecifyKind('2024-01-15 10:00', 'Local')",
                "$unspecified = [datetime]'2024-01-15 10:00:00.5'",
                "[ordered]@{ Utc = $utc; Local = $local; Unspecified = $unspecified } | ConvertTo-Json -Compress",
                "Get-Date | ConvertTo-Json");
        assertEquals("{\"Utc\":\"2024-01-15T10:00:00Z\",\"Local\":\"2024-01-15T10:00:00+01:00\","
                + "\"Unspecified\":\"2024-01-15T10:00:00.5\"}\n\"2026-01-05T15:30:15+01:00\"\n", shown);
    }

    @Test
    void convert_from_json_reads_each_form_back_with_its_kind() {
        String shown = run("Europe/Paris",
                "$j = '{\"Utc\":\"2024-01-15T10:00:00Z\",\"Local\":\"2024-01-15T10:00:00+01:00\","
                        + "\"Unspecified\":\"2024-01-15T10:00:00.5\",\"Ms\":\"/Date(1705312800000)/\"}'"
                        + " | ConvertFrom-Json",
                "$j.PSObject.Properties | ForEach-Object { \"$($_.Name) $($_.Value.Kind) $($_.Value.ToString('o'))\" }",
                "$j | ConvertTo-Json -Compress");
        assertEquals(String.join("\n",
                "Utc Utc 2024-01-15T10:00:00.0000000Z",
                "Local Local 2024-01-15T10:00:00.0000000+01:00",
                "Unspecified Unspecified 2024-01-15T10:00:00.5000000",
                "Ms Utc 2024-01-15T10:00:00.0000000Z",
                "{\"Utc\":\"2024-01-15T10:00:00Z\",\"Local\":\"2024-01-15T10:00:00+01:00\","
                        + "\"Unspecified\":\"2024-01-15T10:00:00.5\",\"Ms\":\"2024-01-15T10:00:00Z\"}",
                ""), shown);
    }
}
