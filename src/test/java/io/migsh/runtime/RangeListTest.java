package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeListTest {
    @Test
    void the_numbers_are_computed_in_either_direction() {
        assertEquals(List.of(3, 4, 5), new RangeList(3, 5));
        assertEquals(List.of(2, 1, 0, -1), new RangeList(2, -1));
        assertEquals(List.of(7), new RangeList(7, 7));
        RangeList big = new RangeList(1, Integer.MAX_VALUE - 10);
        assertEquals(Integer.MAX_VALUE - 10, big.size());
        assertEquals(Integer.MAX_VALUE - 10, big.get(big.size() - 1));
        assertThrows(IndexOutOfBoundsException.class, () -> new RangeList(1, 3).get(3));
        assertThrows(PsException.class, () -> new RangeList(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void a_change_turns_it_into_an_ordinary_list() {
        RangeList r = new RangeList(1, 3);
        r.set(0, "x");
        r.add(4);
        r.remove(1);
        assertEquals(List.of("x", 3, 4), new ArrayList<>(r));
        assertEquals(3, r.size());
    }
}
