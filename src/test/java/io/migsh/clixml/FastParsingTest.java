package io.migsh.clixml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import's hand-written parsers (GUIDs, time spans, date fractions, doubles) give exactly what the plainer
 * code they replaced gave, value or error, over edge cases and many random texts. The reference versions below
 * are that code, kept here as the specification.
 */
class FastParsingTest {
    private static final Pattern DOUBLE = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** The value, or the class of the exception thrown: two parsers agree when these are equal. */
    private static Object outcome(Callable<Object> parse) {
        try {
            return parse.call();
        } catch (Exception e) {
            return e.getClass();
        }
    }

    private static void agree(List<String> texts, Callable1 fast, Callable1 reference) {
        for (String t : texts) {
            assertEquals(outcome(() -> reference.apply(t)), outcome(() -> fast.apply(t)), "'" + t + "'");
        }
    }

    private interface Callable1 {
        Object apply(String t) throws Exception;
    }

    private static List<String> random(String alphabet, int count, int maxLength, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(maxLength + 1);
            for (int k = 0; k < n; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            out.add(sb.toString());
        }
        return out;
    }

    // ---- GUIDs

    private static Object guidReference(String t) {
        String s = t.trim();
        if (s.length() == 38 && s.charAt(0) == '{' && s.charAt(37) == '}') s = s.substring(1, 37);
        if (s.length() != 36) throw new NumberFormatException(t);
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) throw new NumberFormatException(t);
        }
        return UUID.fromString(s);
    }

    @Test
    void guids_read_as_before() {
        List<String> texts = new ArrayList<>(List.of("00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                "{0f8fad5b-d9cb-469f-a165-70867728950e}", " 0f8fad5b-d9cb-469f-a165-70867728950e ",
                "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e0",
                "0f8fad5bd-9cb-469f-a165-70867728950e", "0f8fad5g-d9cb-469f-a165-70867728950e",
                "0f8fad5b-d9cb-469f-a165-7086772895\u0661\u0662", "0f8fad5b-d9cb-469f-a165-70867728950\uff41", ""));
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) texts.add(new UUID(random.nextLong(), random.nextLong()).toString());
        texts.addAll(random("0123456789abcdefABCDEF-gG {}", 20_000, 40, 2));
        StringBuilder near = new StringBuilder("0f8fad5b-d9cb-469f-a165-70867728950e");
        for (int i = 0; i < 36; i++) {
            for (char c : "-/:@`gG0aF ".toCharArray()) {
                StringBuilder s = new StringBuilder(near);
                s.setCharAt(i, c);
                texts.add(s.toString());
            }
        }
        agree(texts, KnownType.GUID::parse, FastParsingTest::guidReference);
        for (int i = 0; i < 20_000; i++) {
            String s = new UUID(random.nextLong(), random.nextLong()).toString();
            String upper = s.toUpperCase(java.util.Locale.ROOT);
            assertEquals(UUID.fromString(s), KnownType.canonicalGuid(s), "the quick path takes " + s);
            assertEquals(UUID.fromString(s), KnownType.canonicalGuid(upper), "the quick path takes " + upper);
        }
    }

    // ---- time spans

    private static Duration durationReference(String s) {
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
            long v = Long.parseLong(t.substring(start, i));
            char unit = t.charAt(i);
            if (time && unit == '.') {
                int f = ++i;
                while (i < n && Character.isDigit(t.charAt(i))) i++;
                if (i == f || i >= n || t.charAt(i) != 'S') throw new NumberFormatException(s);
                String frac = (t.substring(f, i) + "000000000").substring(0, 9);
                nanos = Long.parseLong(frac) / 100 * 100;
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
        Duration d = Duration.ofDays(days).plusSeconds(seconds).plusNanos(nanos);
        // since replaced, the reader also holds a time span to TimeSpan's range, as XmlConvert does
        return io.migsh.runtime.TimeSpans.checked(negative ? d.negated() : d);
    }

    @Test
    void time_spans_read_as_before() {
        List<String> texts = new ArrayList<>(List.of("PT42M0.001S", "PT12S", "P1DT2H3M4S", "-PT1S", "PT0S",
                "PT9.0269026S", "PT1.123456789123S", "PT0.00000001S", "P106751991167300D", "P106751991167301D",
                "PT9223372036854775807S", "PT9223372036854775808S", "PT99999999999999999999S",
                "P25252734927766554Y", "-P10675199DT2H48M5.4775807S", "PT\u0663S", "PT1.\u0665S", "P1Y2M3D",
                "PT1h", "PT1s", "P1d", " PT5M ", "P", "PT", "-P", "PT.5S", "PT1.S", "PT1.5M", "P1S", "PTT1S"));
        texts.addAll(random("0123456789PTYMDHSms.-", 60_000, 16, 3));
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            texts.add(XmlConvertText.ofDuration(Duration.ofSeconds(random.nextInt(100_000_000),
                    random.nextInt(1_000_000_000)).multipliedBy(random.nextBoolean() ? 1 : -1)));
        }
        agree(texts, XmlConvertText::parseDuration, FastParsingTest::durationReference);
    }

    // ---- date fractions (the rest of parseDateTime is unchanged)

    @Test
    void date_fractions_read_as_before() {
        for (String fraction : new String[] {"1", "12", "123", "1234567", "123456789", "1234567891234", "0000001",
            "\u0661\u0662", "9999999"}) {
            String text = "2026-11-25T05:49:22." + fraction + "Z";
            String nine = (fraction + "000000000").substring(0, 9);
            int expected = Integer.parseInt(nine.substring(0, Math.min(fraction.length(), 9)))
                    * (int) Math.pow(10, 9 - Math.min(fraction.length(), 9));
            assertEquals(expected / 100 * 100, XmlConvertText.parseDateTime(text).wall().getNano(), text);
        }
    }

    // ---- doubles

    private static Object doubleReference(String s) {
        String t = s.trim();
        return switch (t) {
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                if (t.isEmpty() || !DOUBLE.matcher(t).matches()) throw new NumberFormatException(s);
                yield Double.parseDouble(t);
            }
        };
    }

    @Test
    void doubles_read_as_before() {
        List<String> texts = new ArrayList<>(List.of("52428801.5", "1E+20", "-0", "0", ".5", "5.", ".", "-.",
                "+.e1", "1e", "1e+", "1E-400", "1e400", "INF", "-INF", "NaN", "Infinity", "0x1p3", "1d", "1f",
                " 1.5 ", "1,5", "\u0661", "--1", "+-1", "1e1.5", ""));
        texts.addAll(random("0123456789.+-eE x", 100_000, 9, 5));
        Random random = new Random(6);
        for (int i = 0; i < 20_000; i++) texts.add(XmlConvertText.ofDouble(random.nextGaussian() * 1e6));
        agree(texts, XmlConvertText::parseDouble, FastParsingTest::doubleReference);
    }
}
