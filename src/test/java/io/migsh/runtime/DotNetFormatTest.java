package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DotNetFormatTest {
    private static final OffsetDateTime D = OffsetDateTime.parse("2026-01-05T14:30:15.1234567+01:00");

    @Test
    void standard_date_formats_as_en_us() {
        assertEquals("1/5/2026", DotNetFormat.date(D, "d"));
        assertEquals("Monday, January 5, 2026 2:30:15 PM", DotNetFormat.date(D, "F"));
        assertEquals("1/5/2026 2:30:15 PM", DotNetFormat.date(D, null));
        assertEquals("2026-01-05T14:30:15", DotNetFormat.date(D, "s"));
        assertEquals("January 2026", DotNetFormat.date(D, "y"));
    }

    @Test
    void round_trip_ends_as_the_kind_says_and_only_full_universal_converts() {
        PsDateTime local = PsDateTime.from(D);
        assertEquals(DateTimeKind.Local, local.kind());
        assertEquals("2026-01-05T14:30:15.1234567+01:00", DotNetFormat.date(local, "o"));
        // .NET's DateTime: u and R label the reading without converting it; U converts to universal time
        assertEquals("2026-01-05 14:30:15Z", DotNetFormat.date(local, "u"));
        assertEquals("Mon, 05 Jan 2026 14:30:15 GMT", DotNetFormat.date(local, "R"));
        assertEquals("Monday, January 5, 2026 1:30:15 PM", DotNetFormat.date(local, "U"));
        PsDateTime utc = local.withKind(DateTimeKind.Utc);
        assertEquals("2026-01-05T14:30:15.1234567Z", DotNetFormat.date(utc, "o"));
        assertEquals("Z +00:00", DotNetFormat.date(utc, "K zzz"));
        PsDateTime unspecified = local.withKind(DateTimeKind.Unspecified);
        assertEquals("2026-01-05T14:30:15.1234567", DotNetFormat.date(unspecified, "o"));
        assertEquals("[]", DotNetFormat.date(unspecified, "[K]"));
    }

    @Test
    void custom_formats_with_quotes_escapes_era_and_single_letter_marker() {
        assertEquals("2026-01-05 14:30", DotNetFormat.date(D, "yyyy-MM-dd HH:mm"));
        assertEquals("5", DotNetFormat.date(D, "%d"));
        assertEquals("at 2 PM A.D.", DotNetFormat.date(D, "'at' h tt g"));
        assertEquals("14h30", DotNetFormat.date(D, "HH\\hmm"));
        assertEquals("+01:00 +1", DotNetFormat.date(D, "zzz z"));
    }

    @Test
    void an_unknown_standard_format_is_a_format_error() {
        PsException e = assertThrows(PsException.class, () -> DotNetFormat.date(D, "Q"));
        assertEquals("Input string was not in a correct format.", e.getMessage());
    }

    @Test
    void integer_types_java_lacks_keep_their_range_and_type() {
        assertEquals(255L, UInt16.of(255).longValue());
        assertEquals(UInt32.of(7), UInt32.of(7));
        assertNotEquals(UInt16.of(7), UInt32.of(7));
        PsException e = assertThrows(PsException.class, () -> SByte.of(128));
        assertEquals("Value was either too large or too small for a SByte.", e.getMessage());
        assertThrows(PsException.class, () -> UInt32.of(-1));
        assertEquals(-1, Integer.signum(SByte.of(-5).compareTo(UInt16.of(3))));
    }

    @Test
    void nan_and_the_infinities_are_words_under_every_number_format() {
        assertEquals("NaN", DotNetFormat.number(Double.NaN, "N2"));
        assertEquals("\u221e", DotNetFormat.number(Double.POSITIVE_INFINITY, "P"));
        assertEquals("-\u221e", DotNetFormat.number(Double.NEGATIVE_INFINITY, "#,##0.00"));
    }
}
