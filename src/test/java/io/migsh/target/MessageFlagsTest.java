package io.migsh.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFlagsTest {
    @Test
    void parses_system_flags_case_insensitively_and_drops_recent() {
        MessageFlags f = MessageFlags.parse("(\\SEEN \\Recent \\flagged $Label1 $Forwarded)");
        assertTrue(f.has(MessageFlags.SEEN));
        assertTrue(f.has(MessageFlags.FLAGGED));
        assertEquals(List.of("$Forwarded", "$Label1"), f.keywords());
        assertEquals("(\\Seen \\Flagged $Forwarded $Label1)", f.toImapList());
    }

    @Test
    void empty_list_is_none() {
        assertEquals(MessageFlags.NONE, MessageFlags.parse("()"));
        assertEquals("()", MessageFlags.NONE.toImapList());
    }

    @Test
    void equality_ignores_keyword_order() {
        assertEquals(MessageFlags.parse("$b $a \\Draft"), MessageFlags.parse("\\draft $a $b"));
    }
}
