package io.migsh.clixml;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.TimeSpans;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The text forms .NET's XmlConvert gives numbers, dates and time spans, which CLIXML uses for &lt;Db&gt;, &lt;Sg&gt;,
 * &lt;DT&gt; and &lt;TS&gt;, and their parsing.
 */
public final class XmlConvertText {
    private XmlConvertText() {}

    /** XmlConvert.ToString(double): the shortest round-trip digits, INF, -INF, NaN; "1E+15" past 15 integer digits. */
    public static String ofDouble(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
        if (d == 0) return (1 / d) < 0 ? "-0" : "0";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        String quick = fifteenDigits(d);
        return quick != null ? quick : general(shortest(new BigDecimal(d), d, 15, 17), 15);
    }

    /** ofDouble the long way, for every value: the test compares the quick way with it. */
    static String ofDoubleExactly(double d) {
        return general(shortest(new BigDecimal(d), d, 15, 17), 15);
    }

    /**
     * The text of most doubles without BigDecimal arithmetic: when Java's round-trip digits number 15 or fewer,
     * they are what rounding the exact value to 15 digits gives (a string that reads back as d lies within half a
     * unit in the last place of it, 2^-53 relatively, while 15-digit decimals lie at least 10^-15 apart, so it is
     * the nearest of them), which is the first thing {@link #shortest} tries. Null when that does not hold.
     */
    private static String fifteenDigits(double d) {
        if (Math.abs(d) < Double.MIN_NORMAL) return null; // subnormals have wider relative gaps
        String s = Double.toString(d);
        int n = s.length();
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) i++;
        char[] digits = new char[n];
        int count = 0;
        int point = -1; // digits before the decimal point
        int exponent = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                point = count;
            } else if (c == 'E') {
                exponent = Integer.parseInt(s, i + 1, n, 10);
                break;
            } else if (c != '0' || count > 0) {
                digits[count++] = c;
            } else if (point >= 0) {
                exponent--; // a zero after the point and before the first digit: 0.00123
            }
        }
        if (point < 0) point = count;
        while (count > 1 && digits[count - 1] == '0') count--;
        if (count > 15 || Double.parseDouble(s) != d) return null;
        return general(new String(digits, 0, count), point + exponent, negative, 15);
    }

    /** XmlConvert.ToString(float): as for doubles, with float precision (scientific past 7 integer digits). */
    public static String ofFloat(float f) {
        if (Float.isNaN(f)) return "NaN";
        if (Float.isInfinite(f)) return f > 0 ? "INF" : "-INF";
        if (f == 0) return (1 / f) < 0 ? "-0" : "0";
        BigDecimal exact = new BigDecimal(f);
        BigDecimal digits = null;
        for (int p = 6; p <= 9 && digits == null; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.floatValue() == f) digits = r;
        }
        return general(digits == null ? exact : digits, 7);
    }

    private static BigDecimal shortest(BigDecimal exact, double d, int from, int to) {
        for (int p = from; p <= to; p++) {
            BigDecimal r = exact.round(new MathContext(p));
            if (r.doubleValue() == d) return r;
        }
        return exact.round(new MathContext(17));
    }

    /** .NET's "G" layout: fixed notation unless the point falls past {@code precision} digits or before 1E-4. */
    private static String general(BigDecimal value, int precision) {
        BigDecimal v = value.stripTrailingZeros();
        String digits = v.unscaledValue().abs().toString();
        return general(digits, digits.length() - v.scale(), v.signum() < 0, precision);
    }

    /** The "G" layout of significant digits (no leading or trailing zeros) with pointPos digits before the point. */
    private static String general(String digits, int pointPos, boolean negative, int precision) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) sb.append('-');
        if (pointPos > precision || pointPos < -3) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int exp = pointPos - 1;
            sb.append('E').append(exp < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) sb.append('0');
            sb.append(e);
        } else if (pointPos <= 0) {
            sb.append("0.").append("0".repeat(-pointPos)).append(digits);
        } else if (pointPos >= digits.length()) {
            sb.append(digits).append("0".repeat(pointPos - digits.length()));
        } else {
            sb.append(digits, 0, pointPos).append('.').append(digits, pointPos, digits.length());
        }
        return sb.toString();
    }

    /** XmlConvert.ToDouble: accepts INF, -INF, NaN and the usual decimal and exponent forms. */
    public static double parseDouble(String s) {
        String t = s.trim();
        return switch (t) {
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                if (!isDecimal(t)) throw new NumberFormatException(s);
                yield Double.parseDouble(t);
            }
        };
    }

    /**
     * True for {@code [-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?} with ASCII digits: the forms XmlConvert takes, and
     * not the others Double.parseDouble would (hex, "Infinity", a type suffix, spaces).
     */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = sign(t, 0);
        int digits = asciiDigits(t, i);
        i += digits;
        if (i < n && t.charAt(i) == '.') {
            int fraction = asciiDigits(t, i + 1);
            if (digits == 0 && fraction == 0) return false;
            i += 1 + fraction;
        } else if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i = sign(t, i + 1);
            int exponent = asciiDigits(t, i);
            if (exponent == 0) return false;
            i += exponent;
        }
        return i == n;
    }

    private static int sign(String t, int i) {
        return i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+') ? i + 1 : i;
    }

    /** How many ASCII digits stand at t[from..]. */
    private static int asciiDigits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        return i - from;
    }

    /**
     * The value of the decimal digits t[from..to) as Long.parseLong gives it (Character.digit, so other scripts'
     * digits count too), without cutting out a substring; NumberFormatException past Long.MAX_VALUE.
     */
    private static long number(String t, int from, int to, String original) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(t.charAt(i), 10);
            if (d < 0 || v > (Long.MAX_VALUE - d) / 10) throw new NumberFormatException(original);
            v = v * 10 + d;
        }
        return v;
    }

    /** XmlConvert.ToString(TimeSpan): an XML-schema duration such as PT9.0269026S, P1DT2H3M4S, PT0S or -PT1S. */
    public static String ofDuration(Duration d) {
        char[] c = new char[MAX_DURATION_CHARS];
        return new String(c, 0, durationChars(d, c));
    }

    static final int MAX_DURATION_CHARS = 48;

    /** ofDuration into c (of MAX_DURATION_CHARS or more), giving the length. */
    static int durationChars(Duration d, char[] c) {
        int at = 0;
        Duration a = d;
        if (d.isNegative()) {
            c[at++] = '-';
            a = d.negated();
        }
        c[at++] = 'P';
        long days = a.toDays();
        int hours = a.toHoursPart();
        int minutes = a.toMinutesPart();
        int seconds = a.toSecondsPart();
        long ticks = a.toNanosPart() / 100;
        if (days != 0) {
            at = digits(c, at, days, 1);
            c[at++] = 'D';
        }
        if (hours != 0 || minutes != 0 || seconds != 0 || ticks != 0) {
            c[at++] = 'T';
            if (hours != 0) {
                at = digits(c, at, hours, 1);
                c[at++] = 'H';
            }
            if (minutes != 0) {
                at = digits(c, at, minutes, 1);
                c[at++] = 'M';
            }
            if (seconds != 0 || ticks != 0) {
                at = digits(c, at, seconds, 1);
                if (ticks != 0) at = fraction(c, at, ticks);
                c[at++] = 'S';
            }
        }
        if (c[at - 1] == 'P') {
            c[at++] = 'T';
            c[at++] = '0';
            c[at++] = 'S';
        }
        return at;
    }

    /** XmlConvert.ToTimeSpan: an XML-schema duration; a year counts 365 days and a month 30, as .NET does. */
    public static Duration parseDuration(String s) {
        String t = s.trim();
        int i = 0;
        int n = t.length();
        boolean negative = i < n && t.charAt(i) == '-';
        if (negative) i++;
        if (i >= n || t.charAt(i++) != 'P' || i >= n) throw new NumberFormatException(s);
        long days = 0;
        long seconds = 0;
        long nanos = 0;
        boolean time = false;
        boolean any = false;
        while (i < n) {
            char c = t.charAt(i);
            if (c == 'T') {
                if (time || ++i >= n) throw new NumberFormatException(s);
                time = true;
                continue;
            }
            int start = i;
            while (i < n && Character.isDigit(t.charAt(i))) i++;
            if (i == start || i >= n) throw new NumberFormatException(s);
            long v = number(t, start, i, s);
            char unit = t.charAt(i);
            if (time && unit == '.') {
                int f = ++i;
                while (i < n && Character.isDigit(t.charAt(i))) i++;
                if (i == f || i >= n || t.charAt(i) != 'S') throw new NumberFormatException(s);
                int used = Math.min(i - f, 9); // nine digits make nanoseconds; ticks keep seven
                nanos = number(t, f, f + used, s) * POWERS[9 - used] / 100 * 100;
                unit = 'S';
            }
            switch (time ? Character.toLowerCase(unit) : unit) {
                case 'Y' -> days += v * 365;
                case 'M' -> days += v * 30;
                case 'D' -> days += v;
                case 'h' -> seconds += v * 3600;
                case 'm' -> seconds += v * 60;
                case 's' -> seconds += v;
                default -> throw new NumberFormatException(s);
            }
            any = true;
            i++;
        }
        if (!any) throw new NumberFormatException(s);
        // Duration.ofDays(days).plusSeconds(seconds).plusNanos(nanos), overflowing alike, in one object
        Duration d = Duration.ofSeconds(Math.addExact(Math.multiplyExact(days, 86_400L), seconds), nanos);
        return TimeSpans.checked(negative ? d.negated() : d);
    }

    /**
     * XmlConvert.ToString(DateTime, RoundtripKind): seconds with up to seven fraction digits (trailing zeros
     * dropped), then Z for a Utc time, the offset for a Local one (+00:00 too) and nothing for an Unspecified one.
     */
    public static String ofDateTime(PsDateTime d) {
        char[] c = new char[MAX_DATE_TIME_CHARS];
        return new String(c, 0, dateTimeChars(d, c));
    }

    static final int MAX_DATE_TIME_CHARS = 48;

    /** ofDateTime into c (of MAX_DATE_TIME_CHARS or more), giving the length. */
    static int dateTimeChars(PsDateTime d, char[] c) {
        LocalDateTime t = d.wall();
        int at = digits(c, 0, t.getYear(), 4);
        c[at++] = '-';
        at = digits(c, at, t.getMonthValue(), 2);
        c[at++] = '-';
        at = digits(c, at, t.getDayOfMonth(), 2);
        c[at++] = 'T';
        at = digits(c, at, t.getHour(), 2);
        c[at++] = ':';
        at = digits(c, at, t.getMinute(), 2);
        c[at++] = ':';
        at = digits(c, at, t.getSecond(), 2);
        int ticks = t.getNano() / 100;
        if (ticks != 0) at = fraction(c, at, ticks);
        switch (d.kind()) {
            case Utc -> c[at++] = 'Z';
            case Local -> {
                int offset = d.offset().getTotalSeconds();
                int secs = Math.abs(offset);
                c[at++] = offset < 0 ? '-' : '+';
                at = digits(c, at, secs / 3600, 2);
                c[at++] = ':';
                at = digits(c, at, (secs / 60) % 60, 2);
            }
            case Unspecified -> { }
        }
        return at;
    }

    /** Guid.ToString(): 8-4-4-4-12 lower-case hexadecimal digits, as UUID.toString gives them. */
    static int guidChars(UUID g, char[] c) {
        long hi = g.getMostSignificantBits();
        long lo = g.getLeastSignificantBits();
        hex(c, 0, hi >>> 32, 8);
        c[8] = '-';
        hex(c, 9, hi >>> 16, 4);
        c[13] = '-';
        hex(c, 14, hi, 4);
        c[18] = '-';
        hex(c, 19, lo >>> 48, 4);
        c[23] = '-';
        hex(c, 24, lo, 12);
        return 36;
    }

    private static void hex(char[] c, int at, long bits, int count) {
        for (int i = at + count - 1; i >= at; i--, bits >>>= 4) c[i] = LOWER_HEX[(int) (bits & 0xF)];
    }

    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    /** The decimal digits of value at c[at], zero-padded to width (a minus sign counts as a digit, as it did). */
    private static int digits(char[] c, int at, long value, int width) {
        if (value < 0) {
            String v = Long.toString(value);
            for (int i = v.length(); i < width; i++) c[at++] = '0';
            v.getChars(0, v.length(), c, at);
            return at + v.length();
        }
        int count = 1;
        for (long v = value; v >= 10; v /= 10) count++;
        for (int i = count; i < width; i++) c[at++] = '0';
        int end = at + count;
        for (int i = end - 1; i >= at; i--, value /= 10) c[i] = (char) ('0' + (int) (value % 10));
        return end;
    }

    /** ".fffffff" of a tick count (0 &lt; ticks &lt; 10^7), trailing zeros dropped. */
    private static int fraction(char[] c, int at, long ticks) {
        c[at++] = '.';
        int end = digits(c, at, ticks, 7);
        while (c[end - 1] == '0') end--;
        return end;
    }

    /**
     * XmlConvert.ToDateTime(RoundtripKind): Z is Kind Utc, an offset Kind Local (kept at that offset, so that the
     * date writes back as it was read), neither Kind Unspecified.
     */
    public static PsDateTime parseDateTime(String s) {
        String t = s.trim();
        int n = t.length();
        if (n < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            throw new NumberFormatException(s);
        }
        int i = 19;
        int nanos = 0;
        if (i < n && t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(t.charAt(i))) i++;
            if (i == start) throw new NumberFormatException(s);
            int used = Math.min(i - start, 9);
            nanos = (int) number(t, start, start + used, s) * POWERS[9 - used];
        }
        ZoneOffset offset = null;
        DateTimeKind kind = DateTimeKind.Unspecified;
        if (i < n) {
            char c = t.charAt(i);
            if (c == 'Z' && i == n - 1) {
                kind = DateTimeKind.Utc;
            } else if ((c == '+' || c == '-') && n - i == 6 && t.charAt(i + 3) == ':') {
                int h = digits(t, i + 1, 2, s);
                int m = digits(t, i + 4, 2, s);
                offset = ZoneOffset.ofHoursMinutes(c == '-' ? -h : h, c == '-' ? -m : m);
                kind = DateTimeKind.Local;
            } else {
                throw new NumberFormatException(s);
            }
        }
        try {
            LocalDateTime wall = LocalDateTime.of(digits(t, 0, 4, s), digits(t, 5, 2, s), digits(t, 8, 2, s),
                    digits(t, 11, 2, s), digits(t, 14, 2, s), digits(t, 17, 2, s), nanos);
            return offset != null ? PsDateTime.at(wall.atOffset(offset)) : PsDateTime.of(wall, kind);
        } catch (java.time.DateTimeException e) {
            throw new NumberFormatException(s);
        }
    }

    private static final int[] POWERS =
            {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private static int digits(String t, int from, int count, String original) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException(original);
            v = v * 10 + (c - '0');
        }
        return v;
    }

}
