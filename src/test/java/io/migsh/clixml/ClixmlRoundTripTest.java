package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Import then export gives back the file PowerShell wrote, with the one change PowerShell itself makes: each type
 * name now carries "Deserialized.". Exporting that again changes nothing.
 */
class ClixmlRoundTripTest {
    static String export(List<Object> objects) {
        return ClixmlWriter.serialize(objects, 2, null, "\n");
    }

    /** What PowerShell writes when it exports an imported file: every T prefixed, once. */
    static String deserializedNames(String text) {
        return text.replace("<T>", "<T>Deserialized.")
                // migsh gives imported hashtables back as live hashtables, which carry their live type name
                .replace("<T>Deserialized.System.Collections.Hashtable</T>\n              <T>Deserialized.System.Object</T>",
                        "<T>System.Collections.Hashtable</T>\n              <T>System.Object</T>");
    }

    @Test
    void migshs_own_statistics_export_imports_and_exports_as_it_was_written() {
        String original = Fixtures.text(Fixtures.MIGSH_STATISTICS);
        assertEquals(original.replace("<T>", "<T>Deserialized."), export(Fixtures.read(Fixtures.MIGSH_STATISTICS)));
    }

    @Test
    void each_fixture_exports_as_powershell_wrote_it() {
        for (String name : Fixtures.ALL) {
            String original = Fixtures.text(name);
            assertEquals(deserializedNames(original), export(Fixtures.read(name)), name);
        }
    }

    @Test
    void export_import_export_is_byte_identical() {
        for (String name : Fixtures.ALL_AND_MIGSH) {
            String once = export(Fixtures.read(name));
            String twice = export(Fixtures.read(once.getBytes(StandardCharsets.UTF_8)));
            assertEquals(once, twice, name);
        }
    }
}
