package io.migsh.imap.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UidSetTest {
    @Test
    void a_set_is_written_compactly_and_expands_back() {
        String set = UidSet.of(List.of(12L, 3L, 6L, 5L, 7L, 5L, 8L, 9L));
        assertEquals("3,5:9,12", set);
        assertEquals(List.of(3L, 5L, 6L, 7L, 8L, 9L, 12L), UidSet.expand(set));
    }

    @Test
    void contains_reads_single_uids_ranges_either_way_round_and_the_star() {
        assertTrue(UidSet.contains("3,5:9,12", 7));
        assertTrue(UidSet.contains("3,5:9,12", 12));
        assertFalse(UidSet.contains("3,5:9,12", 4));
        assertTrue(UidSet.contains("9:5", 6));
        assertTrue(UidSet.contains("14:*", 1_000_000));
        assertFalse(UidSet.contains("14:*", 13));
        assertTrue(UidSet.contains("*", Long.MAX_VALUE));
        assertThrows(NumberFormatException.class, () -> UidSet.contains("1:x", 1));
    }
}
