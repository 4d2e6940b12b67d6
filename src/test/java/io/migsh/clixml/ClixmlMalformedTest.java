package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way a file can be broken gives one ClixmlException naming the line and position, in words and never with
 * the parser's class names; and the reader takes every encoding and line end PowerShell or an editor writes.
 */
class ClixmlMalformedTest {
    static final String HEAD = ClixmlReaderTest.HEAD;

    static List<Object> read(byte[] bytes) {
        List<Object> out = new ArrayList<>();
        try (ClixmlReader r = new ClixmlReader(new ByteArrayInputStream(bytes), null, null)) {
            while (r.hasNext()) out.add(r.next());
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void each_kind_of_broken_file_is_one_error_with_line_and_position() {
        Map<String, byte[]> broken = new LinkedHashMap<>();
        broken.put("empty", new byte[0]);
        broken.put("only a byte-order mark", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        broken.put("invalid UTF-8 in a value", concat(utf8(HEAD + "\n<S>a"), new byte[] {(byte) 0xff, 'b'}));
        broken.put("invalid UTF-8 in a name", concat(utf8(HEAD + "\n<Obj RefId=\"0\"><MS><S N=\"a"),
                concat(new byte[] {(byte) 0xc3, '('}, utf8("\">x</S></MS></Obj></Objs>"))));
        broken.put("a control character", utf8(HEAD + "\n<S>a&#1;b</S></Objs>"));
        broken.put("an unknown entity", utf8(HEAD + "\n<S>a&nbsp;b</S></Objs>"));
        broken.put("a bare less-than", utf8(HEAD + "\n<S>a < b</S></Objs>"));
        broken.put("an unquoted attribute", utf8(HEAD + "\n<Obj RefId=0></Obj></Objs>"));
        broken.put("crossed tags", utf8(HEAD + "\n<Obj RefId=\"0\"><MS><S N=\"a\">x</MS></S></Obj></Objs>"));
        broken.put("no end of the root", utf8(HEAD + "\n<S>a</S>\n"));
        broken.put("text after the root", utf8(HEAD + "\n<S>a</S></Objs>\ntrailing"));
        broken.put("a second root", utf8(HEAD + "</Objs>" + HEAD + "</Objs>"));
        broken.put("text between elements", utf8(HEAD + "\n<S>a</S> stray <S>b</S></Objs>"));
        broken.put("a list inside a value", utf8(HEAD + "\n<I32><LST /></I32></Objs>"));
        broken.put("a property without a name", utf8(HEAD + "\n<Obj RefId=\"0\"><MS><S>x</S></MS></Obj></Objs>"));
        broken.put("a bad GUID", utf8(HEAD + "\n<G>59ce2f71-eaa2-4ddf-a4fa</G></Objs>"));
        broken.put("a number too big", utf8(HEAD + "\n<By>256</By></Objs>"));
        broken.put("a bad base64", utf8(HEAD + "\n<BA>***</BA></Objs>"));
        broken.put("a bad duration", utf8(HEAD + "\n<TS>9 seconds</TS></Objs>"));
        broken.put("a bad date", utf8(HEAD + "\n<DT>2020-02-30T00:00:00Z</DT></Objs>"));
        broken.put("a bad version", utf8(HEAD + "\n<Version>1.x</Version></Objs>"));
        broken.put("a TNRef before its TN", utf8(HEAD + "\n<Obj RefId=\"0\"><TNRef RefId=\"0\" /></Obj></Objs>"));
        broken.put("UTF-16 cut in a character", java.util.Arrays.copyOf(("\uFEFF" + HEAD + "<S>ab</S></Objs>")
                .getBytes(StandardCharsets.UTF_16LE), 2 * (HEAD.length() + 6) + 1));
        broken.put("binary", new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0x9c});
        for (Map.Entry<String, byte[]> b : broken.entrySet()) {
            ClixmlException e = assertThrows(ClixmlException.class, () -> read(b.getValue()), b.getKey());
            assertTrue(e.line() > 0 && e.column() > 0, b.getKey() + ": " + e.getMessage());
            assertTrue(e.getMessage().endsWith(" Line " + e.line() + ", position " + e.column() + "."),
                    b.getKey() + ": " + e.getMessage());
            assertFalse(e.getMessage().matches("(?s).*(\\bjava\\.|com\\.ctc|wstx|Exception:|\\bat char #).*"),
                    b.getKey() + ": " + e.getMessage());
        }
    }

    @Test
    void empty_and_bom_only_files_say_the_root_element_is_missing_as_dotnet_does() {
        assertEquals("Root element is missing. Line 1, position 1.",
                assertThrows(ClixmlException.class, () -> read(new byte[0])).getMessage());
        assertEquals("Root element is missing. Line 1, position 1.", assertThrows(ClixmlException.class,
                () -> read(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf})).getMessage());
    }

    /**
     * The parser decodes bytes a block ahead of the element it reports, so the place given is where reading
     * stood (the start of the block's first element), not the byte itself.
     */
    @Test
    void invalid_utf8_is_dotnets_encoding_error() {
        ClixmlException e = assertThrows(ClixmlException.class,
                () -> read(concat(utf8(HEAD + "\n<S>abc"), new byte[] {(byte) 0xff, 'b', '<'})));
        assertEquals("Invalid character in the given encoding.", e.reason());
        assertEquals(1, e.line());
    }

    @Test
    void reads_every_encoding_and_line_end_an_export_can_have() {
        String doc = HEAD + "\n  <Obj RefId=\"0\">\n    <MS>\n      <S N=\"Name\">é\u4e2d</S>\n"
                + "      <S N=\"Two\">a_x000D__x000A_b</S>\n    </MS>\n  </Obj>\n</Objs>";
        List<byte[]> forms = List.of(utf8(doc), utf8("\uFEFF" + doc), utf8(doc.replace("\n", "\r\n")),
                utf8("\uFEFF" + doc.replace("\n", "\r\n")), doc.getBytes(StandardCharsets.UTF_16LE),
                ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE), ("\uFEFF" + doc.replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.UTF_16LE), ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16BE),
                utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" + doc));
        for (int i = 0; i < forms.size(); i++) {
            io.migsh.runtime.PsObject o = (io.migsh.runtime.PsObject) read(forms.get(i)).get(0);
            assertEquals("é\u4e2d", o.get("Name"), "form " + i);
            assertEquals("a\r\nb", o.get("Two"), "form " + i);
        }
    }
}
