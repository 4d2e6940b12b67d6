package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversionsTest {
    @RegisterExtension
    final SessionZone paris = SessionZone.of("Europe/Paris");

    @Test
    void dates_as_admins_type_them_are_local_time() {
        assertEquals(OffsetDateTime.parse("2026-01-06T21:00+01:00"), Conversions.toDate("1/6/2026 9:00 PM"));
        assertEquals(OffsetDateTime.parse("2026-01-06T21:00+01:00"), Conversions.toDate("1/6/2026 9:00pm"));
        assertEquals(OffsetDateTime.parse("2026-01-06T00:00+01:00"), Conversions.toDate("1/6/2026"));
        assertEquals(OffsetDateTime.parse("2026-01-06T10:15:30+01:00"), Conversions.toDate("2026-01-06 10:15:30"));
    }

    @Test
    void microsofts_forms_with_a_zone_convert_to_local_time() {
        // Set-MigrationBatch -CompleteAfter "7/30/2020 9:00PM Z" and "... -700" from Microsoft's examples
        assertEquals(OffsetDateTime.parse("2020-07-30T23:00+02:00"), Conversions.toDate("7/30/2020 9:00PM Z"));
        assertEquals(OffsetDateTime.parse("2020-07-31T06:00+02:00"), Conversions.toDate("7/30/2020 9:00PM -700"));
        assertEquals(OffsetDateTime.parse("2020-07-30T17:30+02:00"), Conversions.toDate("7/30/2020 9:00 PM +05:30"));
        assertEquals(OffsetDateTime.parse("2020-07-30T23:00+02:00"), Conversions.toDate("7/30/2020 21:00 UTC"));
    }

    @Test
    void a_date_without_a_zone_is_unspecified_and_one_with_a_zone_is_converted_to_local_time() {
        PsDateTime plain = Conversions.toDateTime("2026-01-06 10:15:30.25");
        assertEquals(DateTimeKind.Unspecified, plain.kind());
        assertEquals(java.time.LocalDateTime.of(2026, 1, 6, 10, 15, 30, 250_000_000), plain.wall());
        PsDateTime zoned = Conversions.toDateTime("2026-01-06T10:15:30Z");
        assertEquals(DateTimeKind.Local, zoned.kind());
        assertEquals(java.time.LocalDateTime.of(2026, 1, 6, 11, 15, 30), zoned.wall());
        assertEquals(DateTimeKind.Local, Conversions.toDateTime("7/30/2020 9:00PM -700").kind());
    }

    @Test
    void a_date_without_a_time_is_not_read_as_one_with_an_offset() {
        assertEquals(OffsetDateTime.parse("2026-01-05T00:00+01:00"), Conversions.toDate("2026-01-05"));
        assertThrows(DateTimeParseException.class, () -> Conversions.toDate("next tuesday"));
    }
}
