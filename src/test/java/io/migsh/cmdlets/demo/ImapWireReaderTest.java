package io.migsh.cmdlets.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the demo server's front reads the wire: lines and literals, commands, UID sets. */
class ImapWireReaderTest {
    @Test
    void a_literal_is_read_as_bytes_even_when_it_holds_a_line_that_looks_like_a_tagged_answer() throws Exception {
        String body = "Subject: x\r\n\r\nf1 OK FETCH completed.\r\n";
        String wire = "* 1 FETCH (UID 7 BODY[] {" + body.length() + "}\r\n" + body + ")\r\nf1 OK FETCH completed.\r\n";
        ImapWireReader r = new ImapWireReader(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
        String first = r.readLine();
        assertEquals(body.length(), ImapWireReader.literalSize(first));
        ByteArrayOutputStream literal = new ByteArrayOutputStream();
        r.copy(body.length(), literal);
        assertEquals(body, literal.toString(StandardCharsets.ISO_8859_1));
        assertEquals(")\r\n", r.readLine());
        assertEquals("f1 OK FETCH completed.\r\n", r.readLine());
        assertNull(r.readLine());
    }

    @Test
    void literal_announcements_are_found_only_at_the_end_of_a_line() {
        assertEquals(12, ImapWireReader.literalSize("a1 LOGIN {12}\r\n"));
        assertEquals(3, ImapWireReader.literalSize("a1 LOGIN {3+}\r\n"), "LITERAL+");
        assertEquals(-1, ImapWireReader.literalSize("* OK {12} is not at the end\r\n"));
        assertEquals(-1, ImapWireReader.literalSize("a1 LOGIN {12}"), "no CRLF: a piece of a longer line");
    }

    @Test
    void commands_are_read_with_uid_names_quoted_strings_and_lists() {
        ClientCommand c = ClientCommand.parse("A7 uid fetch 1:4,9 (UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])\r\n");
        assertEquals("A7", c.tag());
        assertEquals("UID FETCH", c.name());
        assertEquals("1:4,9", c.arg(0));
        assertEquals("(UID FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])", c.rest(1));
        ClientCommand examine = ClientCommand.parse("A8 EXAMINE \"Sent \\\"Items\\\"\"\r\n");
        assertEquals(List.of("Sent \"Items\""), examine.args());
        assertEquals("", ClientCommand.parse("DONE\r\n").name(), "IDLE's end is no command");
    }

    @Test
    void a_plan_refuses_a_uid_set_that_takes_in_one_of_its_messages_and_counts_its_drops() {
        FaultPlan plan = new FaultPlan(1, Map.of("INBOX", Set.of(9L)));
        assertTrue(plan.refuses("inbox", "1:5,9"));
        assertTrue(plan.refuses("INBOX", "7:*"));
        assertTrue(plan.refuses("INBOX", "12:3"), "a range may be written backwards");
        assertFalse(plan.refuses("INBOX", "1:8,10"));
        assertFalse(plan.refuses("Sent", "9"));
        assertFalse(plan.refuses(null, "9"), "no folder open");
        assertTrue(plan.takeDrop());
        assertFalse(plan.takeDrop(), "once");
        FaultPlan always = new FaultPlan(DemoMailboxes.Faults.ALWAYS, Map.of());
        for (int i = 0; i < 5; i++) assertTrue(always.takeDrop());
    }
}
