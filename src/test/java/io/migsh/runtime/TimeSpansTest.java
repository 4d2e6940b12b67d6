package io.migsh.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeSpansTest {
    private static final String TOO_LONG = "TimeSpan overflowed because the duration is too long.";

    @Test
    void ticks_round_trip_at_both_ends_of_the_range() {
        for (long t : new long[] {0, 1, -1, 9_999_999, -9_999_999, 10_000_000, -10_000_001, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
            assertEquals(t, TimeSpans.ticks(TimeSpans.ofTicks(t)), Long.toString(t));
        }
        assertEquals(Duration.ofDays(10_675_199).plusHours(2).plusMinutes(48).plusSeconds(5).plusNanos(477_580_700),
                TimeSpans.MAX_VALUE);
        assertEquals(-5_000_000L, TimeSpans.ticks(Duration.ofMillis(-500)));
    }

    @Test
    void a_span_beyond_a_long_of_ticks_overflows() {
        OverflowException e = assertThrows(OverflowException.class, () -> TimeSpans.ticks(Duration.ofDays(20_000_000)));
        assertEquals(TOO_LONG, e.getMessage());
        assertThrows(OverflowException.class, () -> TimeSpans.checked(TimeSpans.MIN_VALUE.minusNanos(100)));
        assertThrows(OverflowException.class, () -> TimeSpans.plus(TimeSpans.MAX_VALUE, TimeSpans.ofTicks(1)));
        assertThrows(OverflowException.class, () -> TimeSpans.minus(TimeSpans.MIN_VALUE, TimeSpans.ofTicks(1)));
        assertThrows(OverflowException.class, () -> TimeSpans.negate(TimeSpans.MIN_VALUE));
        assertThrows(OverflowException.class, () -> TimeSpans.abs(TimeSpans.MIN_VALUE));
        assertEquals(TimeSpans.MAX_VALUE, TimeSpans.negate(TimeSpans.ofTicks(-Long.MAX_VALUE)));
    }

    @Test
    void from_units_cuts_to_whole_ticks_toward_zero_as_dotnet_7_does() {
        assertEquals(12_345_678L, TimeSpans.ticks(TimeSpans.fromUnits(1.23456789, TimeSpans.TICKS_PER_SECOND)));
        assertEquals(-12_345_678L, TimeSpans.ticks(TimeSpans.fromUnits(-1.23456789, TimeSpans.TICKS_PER_SECOND)));
        assertEquals(Duration.ofDays(3).plusHours(12), TimeSpans.fromUnits(3.5, TimeSpans.TICKS_PER_DAY));
        assertEquals(TOO_LONG, assertThrows(OverflowException.class,
                () -> TimeSpans.fromUnits(20_000_000, TimeSpans.TICKS_PER_DAY)).getMessage());
        // 2^63 ticks is just past Long.MAX_VALUE, yet .NET maps it to MaxValue
        assertEquals(TimeSpans.MAX_VALUE, TimeSpans.fromUnits(Math.pow(2, 63), 1));
        assertThrows(IllegalArgumentException.class, () -> TimeSpans.fromUnits(Double.NaN, 1));
        assertThrows(OverflowException.class, () -> TimeSpans.fromUnits(Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void scaling_rounds_half_to_even_and_dividing_by_zero_overflows() {
        assertEquals(2L, TimeSpans.ticks(TimeSpans.divide(TimeSpans.ofTicks(5), 2)));
        assertEquals(4L, TimeSpans.ticks(TimeSpans.divide(TimeSpans.ofTicks(7), 2)));
        assertEquals(15L, TimeSpans.ticks(TimeSpans.multiply(TimeSpans.ofTicks(10), 1.5)));
        assertThrows(OverflowException.class, () -> TimeSpans.divide(TimeSpans.ofTicks(1), 0));
        assertThrows(OverflowException.class, () -> TimeSpans.multiply(TimeSpans.MAX_VALUE, 2));
        assertEquals(1.5, TimeSpans.total(Duration.ofHours(36), TimeSpans.TICKS_PER_DAY));
    }
}
