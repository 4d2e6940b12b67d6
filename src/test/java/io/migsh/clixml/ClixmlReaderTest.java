package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.migsh.runtime.PsCredential;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SecureString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClixmlReaderTest {
    static final String HEAD = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">";

    static List<Object> read(String text) {
        return ClixmlReader.deserialize(text, null);
    }

    static ClixmlException failure(String text) {
        return assertThrows(ClixmlException.class, () -> read(text));
    }

    @Test
    void accepts_children_of_an_object_in_any_order() {
        PsObject o = (PsObject) read(HEAD + "<Obj RefId=\"0\"><MS><S N=\"Note\">n</S></MS><Props><I32 N=\"A\">1</I32>"
                + "</Props><ToString>text</ToString><TN RefId=\"0\"><T>X.Y</T><T>System.Object</T></TN></Obj></Objs>")
                .get(0);
        assertEquals(List.of("Deserialized.X.Y", "Deserialized.System.Object"), o.typeNames());
        assertEquals("text", o.toString());
        assertEquals(List.of("Note", "A"), o.propertyNames());
    }

    @Test
    void does_not_prefix_a_name_twice_and_decodes_escapes() {
        PsObject o = (PsObject) read(HEAD + "<Obj RefId=\"0\"><TN RefId=\"0\"><T>Deserialized.X</T></TN>"
                + "<MS><S N=\"a_x005F_x\">l1_x000D__x000A_l2 _xD83D__xDE00_ _x41 _x0041_</S></MS></Obj></Objs>")
                .get(0);
        assertEquals(List.of("Deserialized.X"), o.typeNames());
        assertEquals("l1\r\nl2 \uD83D\uDE00 _x41 A", o.get("a_x"));
    }

    @Test
    void a_value_with_notes_keeps_its_own_type_and_text_and_writes_back_the_same() {
        String doc = HEAD + "\n  <Obj RefId=\"0\">\n    <S>mailbox1</S>\n    <MS>\n"
                + "      <S N=\"PSComputerName\">outlook.office365.com</S>\n    </MS>\n  </Obj>\n</Objs>";
        PsObject o = (PsObject) read(doc).get(0);
        assertEquals("mailbox1", o.toString());
        assertEquals(List.of("System.String", "System.Object"), o.typeNames());
        assertEquals("outlook.office365.com", o.get("PSComputerName"));
        assertEquals(doc, ClixmlWriter.serialize(List.of(o), 2, null, "\n"));
    }

    @Test
    void reads_a_progress_record_from_a_remote_session() {
        PsObject pr = (PsObject) read(HEAD + "<PR><AV>Copying items</AV><AI>0</AI><Nil /><PI>-1</PI><PC>50</PC>"
                + "<T>Processing</T><SR>-1</SR><SD>Half way</SD></PR></Objs>").get(0);
        assertEquals("Deserialized.System.Management.Automation.ProgressRecord", pr.typeName());
        assertEquals("Copying items", pr.get("Activity"));
        assertEquals(50, pr.get("PercentComplete"));
        assertEquals("Half way", pr.get("StatusDescription"));
        assertNull(pr.get("CurrentOperation"));
    }

    @Test
    void reads_ordered_dictionaries_and_entries_in_either_order() {
        PsHashtable h = (PsHashtable) read(HEAD + "<Obj RefId=\"0\"><TN RefId=\"0\">"
                + "<T>System.Collections.Specialized.OrderedDictionary</T><T>System.Object</T></TN><DCT>"
                + "<En><I32 N=\"Value\">2</I32><S N=\"Key\">b</S></En><En><S N=\"Key\">a</S><Nil N=\"Value\" /></En>"
                + "</DCT></Obj></Objs>").get(0);
        assertEquals(true, h.isOrdered());
        assertEquals(List.of("b", "a"), List.copyOf(h.keySet()));
        assertEquals(2, h.get("B"));
        assertNull(h.get("a"));
    }

    @Test
    void a_top_level_reference_is_the_same_object_and_stack_and_queue_keep_their_tags() {
        List<Object> objs = read(HEAD + "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Collections.Stack</T>"
                + "<T>System.Object</T></TN><STK><I32>3</I32><I32>2</I32></STK></Obj><Ref RefId=\"0\" /></Objs>");
        assertSame(objs.get(0), objs.get(1));
        DeserializedList stack = (DeserializedList) objs.get(0);
        assertEquals("STK", stack.containerTag());
        assertEquals(List.of(3, 2), stack);
    }

    @Test
    void skips_unknown_elements_only_in_a_newer_minor_version() {
        String body = "<Obj RefId=\"0\"><Future>x</Future><MS><B N=\"Ok\">true</B></MS></Obj></Objs>";
        PsObject o = (PsObject) read(HEAD.replace("1.1.0.1", "1.2.0.0") + body).get(0);
        assertEquals(true, o.get("Ok"));
        ClixmlException e = failure(HEAD + body);
        assertEquals("Future XML tag is not recognized.", e.reason());
        assertEquals(1, e.line());
    }

    @Test
    void names_line_and_column_of_a_bad_value() {
        ClixmlException e = failure(HEAD + "\n  <I32>1</I32>\n  <I32>12x</I32>\n</Objs>");
        assertEquals("The contents of the System.Int32 primitive type are not valid. Line 3, position 8.",
                e.getMessage());
    }

    @Test
    void reports_a_truncated_file_with_its_position() {
        String text = Fixtures.text(Fixtures.SERVICE);
        String cut = text.substring(0, text.indexOf("<Obj N=\"ServiceHandle\""));
        ClixmlException e = failure(cut);
        assertEquals(87, e.line());
        assertEquals(true, e.reason().startsWith("Unexpected EOF"), e.reason());
    }

    @Test
    void rejects_bad_references_versions_and_roots() {
        assertEquals("No object found for referenceId 7", failure(HEAD + "<Ref RefId=\"7\" /></Objs>").reason());
        assertEquals("Cannot process names because no TypeNames were found for referenceId 3.",
                failure(HEAD + "<Obj RefId=\"0\"><TNRef RefId=\"3\" /></Obj></Objs>").reason());
        assertEquals("Version of incoming PSObject is 2. Expected value is 1.",
                failure(HEAD.replace("1.1.0.1", "2.0") + "</Objs>").reason());
        assertEquals("Element 'Objs' with namespace name 'http://schemas.microsoft.com/powershell/2004/04' was not "
                + "found.", failure("<html></html>").reason());
        assertEquals("Key for dictionary entry is not specified.", failure(HEAD + "<Obj RefId=\"0\"><DCT><En>"
                + "<I32 N=\"Value\">1</I32></En></DCT></Obj></Objs>").reason());
        assertEquals(true, failure("not xml").getMessage().contains("Line 1"));
    }

    @Test
    void refuses_documents_nested_fifty_deep() {
        String open = "<Obj N=\"x\" RefId=\"1\"><MS>".repeat(50);
        assertEquals("Serialized XML is nested too deeply.", failure(HEAD + "<Obj RefId=\"0\"><MS>" + open).reason());
    }

    @Test
    void reads_utf16_without_a_byte_order_mark() throws Exception {
        byte[] bytes = (HEAD + "<S>ä</S></Objs>").getBytes(StandardCharsets.UTF_16LE);
        try (ClixmlReader r = new ClixmlReader(new java.io.ByteArrayInputStream(bytes), null, null)) {
            assertEquals("ä", r.next());
        }
    }

    @Test
    void secure_strings_decrypt_only_with_the_key_that_wrote_them(@TempDir Path home, @TempDir Path other) {
        SecureStringCipher cipher = SecureStringCipher.forDataDirectory(home);
        PsCredential cred = new PsCredential("admin@contoso.com", new SecureString("P@ss".toCharArray()));
        String xml = ClixmlWriter.serialize(List.of(cred), 2, cipher);
        assertEquals(false, xml.contains("P@ss"));
        PsCredential back = (PsCredential) ClixmlReader.deserialize(xml, cipher).get(0);
        assertEquals("admin@contoso.com", back.userName());
        assertArrayEquals("P@ss".toCharArray(), back.password().reveal());

        SecureStringCipher stranger = SecureStringCipher.forDataDirectory(other);
        PsObject opaque = (PsObject) ClixmlReader.deserialize(xml, stranger).get(0);
        assertInstanceOf(ProtectedSecureString.class, opaque.get("Password"));
        assertEquals(xml, ClixmlWriter.serialize(List.of(opaque), 2, stranger)
                .replace("Deserialized.", ""), "an undecryptable secure string is written back as it came");
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only(@TempDir Path home) throws Exception {
        SecureStringCipher cipher = SecureStringCipher.forDataDirectory(home);
        Path key = home.resolve(SecureStringCipher.KEY_FILE);
        assertEquals(false, Files.exists(key), "no key until something is encrypted");
        cipher.encrypt(new SecureString("x".toCharArray()));
        assertEquals(32, Files.size(key));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(key)));
        assertArrayEquals(SecureStringCipher.loadOrCreateKey(home), Files.readAllBytes(key));
    }

    @Test
    void finds_references_that_straddle_the_scan_buffer() {
        for (int shift = 0; shift < 8; shift++) {
            String pad = "<S>" + "x".repeat((1 << 16) - HEAD.length() - 7 - shift) + "</S>";
            String text = HEAD + pad + "<Ref RefId=\"41\" /></Objs>";
            assertEquals(Set.of("41"), ClixmlReader.referencedIds(new java.io.ByteArrayInputStream(
                    text.getBytes(StandardCharsets.UTF_8))), "shift " + shift);
        }
    }

    @Test
    void keeps_only_referenced_objects_when_told_which() {
        String text = Fixtures.text(Fixtures.SERVICE);
        Set<String> ids = ClixmlReader.referencedIds(new java.io.ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Set.of("2", "5"), ids);
        assertEquals(ids, ClixmlReader.referencedIds(new java.io.ByteArrayInputStream(
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))), "UTF-16 goes through the XML reader");
        assertEquals(Set.of("7", "8"), ClixmlReader.referencedIds(new java.io.ByteArrayInputStream(
                (HEAD + "<S N=\"&lt;Ref RefId\">x</S><Ref N='a>b' RefId='7'/><Ref\n RefId = \"8\" />")
                        .getBytes(StandardCharsets.UTF_8))));
        try (ClixmlReader r = new ClixmlReader(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                null, ids)) {
            PsObject svc = (PsObject) r.next();
            assertSame(svc.get("ServicesDependedOn"), svc.get("RequiredServices"));
        }
    }
}
