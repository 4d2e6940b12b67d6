package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PsDateTimeTest {
    private static final LocalDateTime TEN = LocalDateTime.of(2024, 1, 15, 10, 0);
    @RegisterExtension
    final SessionZone paris = SessionZone.of("Europe/Paris");

    @Test
    void to_universal_and_to_local_time_convert_as_dotnet_reads_each_kind() {
        PsDateTime utc = PsDateTime.of(TEN, DateTimeKind.Utc);
        PsDateTime local = PsDateTime.of(TEN, DateTimeKind.Local);
        PsDateTime unspecified = PsDateTime.of(TEN, DateTimeKind.Unspecified);

        assertEquals(utc.wall(), utc.toUniversalTime().wall());
        assertEquals(DateTimeKind.Utc, local.toUniversalTime().kind());
        assertEquals(TEN.minusHours(1), local.toUniversalTime().wall());
        // an Unspecified time is local time to ToUniversalTime ...
        assertEquals(TEN.minusHours(1), unspecified.toUniversalTime().wall());
        // ... and universal time to ToLocalTime
        assertEquals(TEN.plusHours(1), unspecified.toLocalTime().wall());
        assertEquals(DateTimeKind.Local, unspecified.toLocalTime().kind());
        assertEquals(TEN.plusHours(1), utc.toLocalTime().wall());
        assertEquals(ZoneOffset.ofHours(1), utc.toLocalTime().offset());
        assertEquals(local.wall(), local.toLocalTime().wall());
    }

    @Test
    void a_date_keeps_dotnet_ticks_and_drops_what_is_finer() {
        LocalDateTime fine = LocalDateTime.of(2024, 3, 5, 10, 11, 12, 123_456_789);
        PsDateTime d = PsDateTime.of(fine, DateTimeKind.Utc);
        assertEquals(fine.withNano(123_456_700), d.wall());
        assertEquals(638_452_302_721_234_567L, d.ticks()); // (date.toordinal() - 1) * 86,400 s + 10:11:12, in ticks
        assertEquals(d.wall(), PsDateTime.ofTicks(d.ticks(), DateTimeKind.Utc).wall());
        LocalDateTime first = LocalDateTime.of(1, 1, 1, 0, 0);
        assertEquals(0L, PsDateTime.of(first, DateTimeKind.Unspecified).ticks());
        assertEquals(first, PsDateTime.ofTicks(0, DateTimeKind.Unspecified).wall());
        LocalDateTime last = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900);
        assertEquals(PsDateTime.MAX_TICKS, PsDateTime.of(last, DateTimeKind.Unspecified).ticks());
        assertEquals(last, PsDateTime.ofTicks(PsDateTime.MAX_TICKS, DateTimeKind.Unspecified).wall());
    }

    @Test
    void a_date_outside_years_1_to_9999_is_refused_with_dotnets_message() {
        for (LocalDateTime outside : List.of(LocalDateTime.of(10000, 1, 1, 0, 0), LocalDateTime.of(0, 12, 31, 23, 59),
                LocalDateTime.of(40000, 1, 1, 0, 0))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PsDateTime.of(outside, DateTimeKind.Utc));
            assertEquals("The added or subtracted value results in an un-representable DateTime.", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> PsDateTime.ofTicks(-1, DateTimeKind.Unspecified));
        assertThrows(IllegalArgumentException.class,
                () -> PsDateTime.ofTicks(PsDateTime.MAX_TICKS + 1, DateTimeKind.Unspecified));
    }

    @Test
    void adding_stops_at_the_ends_of_the_range_as_dotnet_does() {
        PsDateTime last = PsDateTime.ofTicks(PsDateTime.MAX_TICKS, DateTimeKind.Unspecified);
        PsDateTime first = PsDateTime.ofTicks(0, DateTimeKind.Unspecified);
        assertEquals(PsDateTime.MAX_TICKS - 1, last.plusTicks(-1).ticks());
        assertThrows(IllegalArgumentException.class, () -> last.plusTicks(1));
        assertThrows(IllegalArgumentException.class, () -> first.plusTicks(-1));
        assertThrows(IllegalArgumentException.class, () -> first.plusTicks(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> last.minus(TimeSpans.MIN_VALUE));
        assertEquals(0L, last.minus(TimeSpans.ofTicks(PsDateTime.MAX_TICKS)).ticks());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> first.plusUnits(20_000_000, TimeSpans.TICKS_PER_DAY));
        assertEquals("Value to add was out of range.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> last.plusUnits(1, TimeSpans.TICKS_PER_DAY));
        assertEquals("The added or subtracted value results in an un-representable DateTime.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> first.plusUnits(Double.NaN, TimeSpans.TICKS_PER_DAY));
        e = assertThrows(IllegalArgumentException.class, () -> first.plusYears(10_001));
        assertEquals("Years value must be between +/-10000.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> last.plusYears(1));
        assertThrows(IllegalArgumentException.class, () -> first.plusMonths(-1));
        assertEquals(LocalDateTime.of(2024, 2, 29, 0, 0),
                PsDateTime.of(LocalDateTime.of(2024, 1, 31, 0, 0), DateTimeKind.Utc).plusMonths(1).wall());
    }

    @Test
    void converting_zones_at_the_ends_of_the_range_stops_there() {
        // Paris is ahead of UTC: MinValue as local time is before year 1 in UTC, MaxValue as UTC after 9999 locally
        PsDateTime first = PsDateTime.ofTicks(0, DateTimeKind.Local);
        PsDateTime last = PsDateTime.ofTicks(PsDateTime.MAX_TICKS, DateTimeKind.Utc);
        assertEquals(0L, first.toUniversalTime().ticks());
        assertEquals(PsDateTime.MAX_TICKS, last.toLocalTime().ticks());
        assertEquals(DateTimeKind.Local, last.toLocalTime().kind());
    }

    @Test
    void a_fraction_of_a_unit_is_cut_to_whole_ticks_toward_zero() {
        PsDateTime first = PsDateTime.ofTicks(1_000_000_000L, DateTimeKind.Unspecified);
        // 1.5 days and a third of a second: whole units, then the fraction's ticks truncated
        assertEquals(1_000_000_000L + 3 * TimeSpans.TICKS_PER_DAY / 2, first.plusUnits(1.5, TimeSpans.TICKS_PER_DAY).ticks());
        assertEquals(1_000_000_000L + 3_333_333, first.plusUnits(1.0 / 3, TimeSpans.TICKS_PER_SECOND).ticks());
        assertEquals(1_000_000_000L - 3_333_333, first.plusUnits(-1.0 / 3, TimeSpans.TICKS_PER_SECOND).ticks());
    }

    @Test
    void specify_kind_keeps_the_clock_reading() {
        PsDateTime utc = PsDateTime.of(TEN, DateTimeKind.Local).withKind(DateTimeKind.Utc);
        assertEquals(TEN, utc.wall());
        assertEquals(DateTimeKind.Utc, utc.kind());
        assertEquals(ZoneOffset.UTC, utc.offset());
        assertEquals(ZoneOffset.ofHours(1), utc.withKind(DateTimeKind.Local).offset());
    }

    @Test
    void local_arithmetic_moves_the_reading_and_takes_the_zones_offset_across_a_dst_change() {
        PsDateTime saturday = PsDateTime.of(LocalDateTime.of(2024, 3, 30, 12, 0), DateTimeKind.Local);
        PsDateTime sunday = saturday.plus(Duration.ofDays(1));
        assertEquals(LocalDateTime.of(2024, 3, 31, 12, 0), sunday.wall());
        assertEquals(ZoneOffset.ofHours(2), sunday.offset());
        // a reading kept at a file's own offset stays at that offset
        PsDateTime india = PsDateTime.at(OffsetDateTime.parse("2024-03-30T12:00+05:30"));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), india.plus(Duration.ofDays(1)).offset());
    }

    @Test
    void comparison_and_subtraction_use_the_readings_whatever_the_kind_as_dotnet_does() {
        PsDateTime utc = PsDateTime.of(TEN, DateTimeKind.Utc);
        PsDateTime local = PsDateTime.of(TEN, DateTimeKind.Local);
        assertEquals(utc, local);
        assertEquals(Duration.ZERO, utc.minus(local));
        assertEquals(Duration.ofHours(1), local.toLocalTime().minus(local.toUniversalTime()));
        // a Local reading at another zone's offset is the session's local time to comparisons
        PsDateTime sameInstant = PsDateTime.at(OffsetDateTime.parse("2024-01-15T14:30+05:30"));
        assertEquals(local, sameInstant);
        assertTrue(sameInstant.compareTo(local.plus(Duration.ofSeconds(1))) < 0);
    }

    @Test
    void ticks_count_from_year_one_and_finer_than_a_tick_is_dropped() {
        assertEquals(0L, PsDateTime.of(LocalDateTime.of(1, 1, 1, 0, 0), DateTimeKind.Unspecified).ticks());
        assertEquals(638_409_096_000_000_000L, PsDateTime.of(TEN, DateTimeKind.Utc).ticks());
        PsDateTime fine = PsDateTime.utc(Instant.parse("2024-01-15T10:00:00.123456789Z"));
        assertEquals(123_456_700, fine.wall().getNano());
    }

    @Test
    void a_domain_offset_date_is_utc_at_offset_zero_and_local_otherwise() {
        assertEquals(DateTimeKind.Utc, PsDateTime.from(OffsetDateTime.parse("2024-01-15T10:00Z")).kind());
        PsDateTime local = PsDateTime.from(OffsetDateTime.parse("2024-01-15T10:00-07:00"));
        assertEquals(DateTimeKind.Local, local.kind());
        assertEquals(OffsetDateTime.parse("2024-01-15T10:00-07:00"), local.toOffsetDateTime());
        // an Unspecified date given to the migration domain is read as local time
        assertEquals(OffsetDateTime.parse("2024-01-15T10:00+01:00"),
                PsDateTime.of(TEN, DateTimeKind.Unspecified).toOffsetDateTime());
    }

    @Test
    void ticks_give_the_reading_back_and_the_file_time_epoch_is_1601() {
        PsDateTime start = PsDateTime.ofTicks(PsDateTime.FILE_TIME_EPOCH_TICKS, DateTimeKind.Utc);
        assertEquals(LocalDateTime.of(1601, 1, 1, 0, 0), start.wall());
        PsDateTime d = PsDateTime.of(LocalDateTime.of(2026, 1, 5, 14, 30, 15, 123_456_700), DateTimeKind.Local);
        PsDateTime back = PsDateTime.ofTicks(d.ticks(), DateTimeKind.Local);
        assertEquals(d.wall(), back.wall());
        assertEquals(DateTimeKind.Local, back.kind());
        assertEquals(0, PsDateTime.ofTicks(0, DateTimeKind.Unspecified).ticks());
    }
}
