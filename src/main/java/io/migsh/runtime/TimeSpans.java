package io.migsh.runtime;

import java.time.Duration;

/**
 * System.TimeSpan's rules for the {@link Duration}s the language works with: a whole number of 100 ns ticks that fits
 * a long, about 29,000 years either way. Anything that makes or combines time spans goes through here, so that a
 * value .NET could not hold is .NET's OverflowException rather than a wrong answer or a Java error.
 */
public final class TimeSpans {
    public static final long TICKS_PER_MILLISECOND = 10_000L;
    public static final long TICKS_PER_SECOND = 10_000_000L;
    public static final long TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
    public static final long TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
    public static final long TICKS_PER_DAY = 24 * TICKS_PER_HOUR;
    public static final Duration MAX_VALUE = ofTicks(Long.MAX_VALUE);
    public static final Duration MIN_VALUE = ofTicks(Long.MIN_VALUE);
    static final String TOO_LONG = "TimeSpan overflowed because the duration is too long.";
    private static final String NOT_A_NUMBER = "TimeSpan does not accept floating point Not-a-Number values.";

    private TimeSpans() {}

    public static Duration ofTicks(long ticks) {
        return Duration.ofSeconds(Math.floorDiv(ticks, TICKS_PER_SECOND), Math.floorMod(ticks, TICKS_PER_SECOND) * 100);
    }

    /** The Ticks of a time span; one beyond TimeSpan's range is an OverflowException. Sub-tick nanoseconds drop. */
    public static long ticks(Duration d) {
        long seconds = d.getSeconds();
        long ticks = d.getNano() / 100;
        if (seconds < 0 && ticks > 0) { // so that Long.MIN_VALUE ticks does not overflow on the way
            seconds++;
            ticks -= TICKS_PER_SECOND;
        }
        try {
            return Math.addExact(Math.multiplyExact(seconds, TICKS_PER_SECOND), ticks);
        } catch (ArithmeticException e) {
            throw new OverflowException(TOO_LONG);
        }
    }

    /** The same span cut to whole ticks, or an OverflowException when TimeSpan cannot hold it. */
    public static Duration checked(Duration d) {
        long ticks = ticks(d);
        return d.getNano() % 100 == 0 ? d : ofTicks(ticks);
    }

    /** TimeSpan.FromDays and its kin (.NET 7 and later): the value in ticks, cut toward zero to a whole tick. */
    public static Duration fromUnits(double value, long ticksPerUnit) {
        if (Double.isNaN(value)) throw new IllegalArgumentException(NOT_A_NUMBER);
        return fromDoubleTicks(value * ticksPerUnit);
    }

    /** TimeSpan's IntervalFromDoubleTicks; a cast to long saturates at 2^63, which .NET also maps to MaxValue. */
    static Duration fromDoubleTicks(double ticks) {
        if (Double.isNaN(ticks) || ticks > Long.MAX_VALUE || ticks < Long.MIN_VALUE) throw new OverflowException(TOO_LONG);
        return ofTicks((long) ticks);
    }

    public static Duration plus(Duration a, Duration b) {
        return exact(() -> Math.addExact(ticks(a), ticks(b)));
    }

    public static Duration minus(Duration a, Duration b) {
        return exact(() -> Math.subtractExact(ticks(a), ticks(b)));
    }

    private static Duration exact(java.util.function.LongSupplier ticks) {
        try {
            return ofTicks(ticks.getAsLong());
        } catch (ArithmeticException e) { // a span beyond the range, or a sum beyond a long
            throw new OverflowException(TOO_LONG);
        }
    }

    public static Duration negate(Duration d) {
        long ticks = ticks(d);
        if (ticks == Long.MIN_VALUE) {
            throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
        }
        return ofTicks(-ticks);
    }

    /** TimeSpan.Duration(): the absolute value. */
    public static Duration abs(Duration d) {
        if (ticks(d) == Long.MIN_VALUE) {
            throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute "
                    + "value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
        }
        return d.abs();
    }

    /** TimeSpan * double: the ticks scaled and rounded half to even. */
    public static Duration multiply(Duration d, double factor) {
        if (Double.isNaN(factor)) throw new IllegalArgumentException(NOT_A_NUMBER);
        return fromDoubleTicks(Math.rint(ticks(d) * factor));
    }

    /** TimeSpan / double: the ticks divided and rounded half to even; dividing by zero overflows. */
    public static Duration divide(Duration d, double divisor) {
        if (Double.isNaN(divisor)) throw new IllegalArgumentException(NOT_A_NUMBER);
        return fromDoubleTicks(Math.rint(ticks(d) / divisor));
    }

    /** TotalDays and its kin: the ticks in the unit, as a double. */
    public static double total(Duration d, long ticksPerUnit) {
        return (double) ticks(d) / ticksPerUnit;
    }
}
