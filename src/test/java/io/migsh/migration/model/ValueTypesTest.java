package io.migsh.migration.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTypesTest {
    @Test
    void sizes_print_as_exchange_prints_them() {
        assertEquals("35 MB (36,700,160 bytes)", ByteQuantifiedSize.ofMegabytes(35).toString());
        assertEquals("1.234 MB (1,293,874 bytes)", new ByteQuantifiedSize(1_293_874).toString());
        assertEquals("0 B (0 bytes)", ByteQuantifiedSize.ZERO.toString());
        assertEquals("512 B (512 bytes)", new ByteQuantifiedSize(512).toString());
        assertEquals("99 GB (106,300,440,576 bytes)", ByteQuantifiedSize.parse("99 GB").toString());
    }

    @Test
    void sizes_are_read_in_every_form_admins_type() {
        assertEquals(150L << 20, ByteQuantifiedSize.parse("150MB").bytes());
        assertEquals(150L << 20, ByteQuantifiedSize.parse("150 mb").bytes());
        assertEquals(3L << 29, ByteQuantifiedSize.parse("1.5GB").bytes());
        assertEquals(36_700_160L, ByteQuantifiedSize.parse("35 MB (36,700,160 bytes)").bytes());
        assertEquals(1000L, ByteQuantifiedSize.from(1000).bytes());
        assertThrows(IllegalArgumentException.class, () -> ByteQuantifiedSize.parse("lots"));
    }

    @Test
    void a_size_beyond_what_a_long_holds_is_refused_not_wrapped() {
        for (Object big : new Object[] {new java.math.BigDecimal("99999999999999999999"), 1e20, "99999999 PB",
            "1 KB (99999999999999999999 bytes)"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteQuantifiedSize.from(big));
            assertTrue(e.getMessage().contains("is out of range"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ByteQuantifiedSize.from(Double.NaN));
        assertEquals(1536L, ByteQuantifiedSize.from(1.5 * 1024).bytes());
        assertEquals(Long.MAX_VALUE, ByteQuantifiedSize.from(new java.math.BigDecimal(Long.MAX_VALUE)).bytes());
    }

    @Test
    void unlimited_takes_numbers_and_the_word() {
        assertEquals("Unlimited", Unlimited.from("UNLIMITED").toString());
        assertEquals("50", Unlimited.from("50").toString());
        assertTrue(Unlimited.of(2).isExceededBy(3));
        assertEquals(Unlimited.UNLIMITED, Unlimited.fromStored(Unlimited.UNLIMITED.toStored()));
        assertThrows(IllegalArgumentException.class, () -> Unlimited.from("-1"));
    }
}
