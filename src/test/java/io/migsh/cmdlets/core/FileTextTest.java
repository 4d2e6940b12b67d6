package io.migsh.cmdlets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.runtime.PsException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PowerShell's -Encoding names map to the charsets PowerShell 7 uses on Linux. */
class FileTextTest {
    @Test
    void encoding_names() {
        assertEquals(StandardCharsets.UTF_8, FileText.charset(null));
        assertEquals(StandardCharsets.UTF_8, FileText.charset("utf8NoBOM"));
        assertEquals(StandardCharsets.UTF_8, FileText.charset("OEM"));
        assertEquals(StandardCharsets.ISO_8859_1, FileText.charset("latin1"));
        assertEquals(StandardCharsets.UTF_16LE, FileText.charset("unicode"));
        assertEquals(StandardCharsets.UTF_16BE, FileText.charset("BigEndianUnicode"));
        assertEquals(Charset.forName("UTF-32LE"), FileText.charset("utf32"));
        assertEquals(StandardCharsets.US_ASCII, FileText.charset("ascii"));
    }

    @Test
    void only_the_unicode_forms_write_a_mark() {
        assertTrue(FileText.writesBom("utf8BOM"));
        assertTrue(FileText.writesBom("unicode"));
        assertFalse(FileText.writesBom("utf8"));
        assertFalse(FileText.writesBom("oem"));
        assertFalse(FileText.writesBom(null));
    }

    @Test
    void utf7_is_refused_with_powershells_binding_text() {
        PsException e = assertThrows(PsException.class, () -> FileText.charset("utf7"));
        assertEquals("Cannot bind parameter 'Encoding'. 'utf7' is not a supported encoding name.", e.getMessage());
    }
}
