package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class RepeatedTextTest {
    @Test
    void a_repeated_short_text_comes_back_as_the_first_instance() {
        RepeatedText t = new RepeatedText();
        String first = new String("Synced");
        assertSame(first, t.of(first));
        assertSame(first, t.of(new String("Synced")));
    }

    @Test
    void a_long_text_is_returned_as_given() {
        RepeatedText t = new RepeatedText();
        String long1 = "x".repeat(65);
        t.of(long1);
        String long2 = new String(long1);
        assertSame(long2, t.of(long2));
    }

    @Test
    void texts_that_share_a_slot_each_come_back_equal() {
        RepeatedText t = new RepeatedText();
        // "Aa" and "BB" have the same hash code, so they contend for one slot
        String aa = new String("Aa");
        String bb = new String("BB");
        assertSame(aa, t.of(aa));
        assertSame(bb, t.of(bb));
        String again = new String("Aa");
        assertSame(again, t.of(again), "BB displaced the first Aa");
        assertSame(again, t.of(new String("Aa")));
        assertEquals("BB", t.of(new String("BB")));
    }
}
