package io.migsh.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaildirFileNameTest {
    private static final Map<String, Character> LETTERS = Map.of("$Label1", 'a', "$Forwarded", 'b', "$Junk", 'c');

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "()|''",
            "(\\Seen)|S",
            "(\\Seen \\Answered \\Flagged \\Draft \\Deleted)|DFRST",
            "(\\Seen $Label1)|Sa",
            "($Junk \\Flagged $Label1)|Fac",
            "($Forwarded)|Pb"})
    void letters_are_in_ascii_order_with_keywords_last(String flags, String letters) {
        assertEquals(letters, MaildirFileName.flagLetters(MessageFlags.parse(flags), LETTERS::get));
    }

    @Test
    void names_and_parses_dovecot_fields() {
        String name = MaildirFileName.of("1795587723.M8P2.vm", 11764, 11955, "RS");
        assertEquals("1795587723.M8P2.vm,S=11764,W=11955:2,RS", name);
        assertEquals("1795587723.M8P2.vm", MaildirFileName.base(name));
        assertEquals(11764, MaildirFileName.size(name).getAsLong());
        assertEquals(11955, MaildirFileName.virtualSize(name).getAsLong());
        assertEquals("RS", MaildirFileName.flagLetters(name));
        assertEquals("1795587723.M8P2.vm,S=11764,W=11955:2,FS", MaildirFileName.withFlags(name, "FS"));
    }

    @Test
    void base_of_a_plain_new_file() {
        assertEquals("1234.5678.host", MaildirFileName.base("1234.5678.host"));
        assertEquals("", MaildirFileName.flagLetters("1234.5678.host"));
    }
}
