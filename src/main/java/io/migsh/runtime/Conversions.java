package io.migsh.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts a value to a Java type the way PowerShell's casts and parameter binding do, or fails with its message. */
public final class Conversions {
    private static final Pattern NUMBER = Pattern.compile(
            "\\s*([+-]?)(0x[0-9a-f]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)(kb|mb|gb|tb|pb)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMESPAN = Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?");
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm:ss", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.US),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart()
                    .appendFraction(ChronoField.NANO_OF_SECOND, 1, 7, true).optionalEnd().toFormatter(Locale.US),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US));
    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US), DateTimeFormatter.ISO_LOCAL_DATE);

    private static final Pattern TRAILING_ZONE =
            Pattern.compile("(.*?)\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MERIDIEM = Pattern.compile("(\\d)\\s*([ap]m)$", Pattern.CASE_INSENSITIVE);

    private static volatile ZoneId zone = ZoneId.systemDefault();

    private Conversions() {}

    /**
     * The session's local time zone: what Kind Local dates (Get-Date, Exchange's non-UTC properties) are in, and how
     * an Unspecified date is read when an instant is needed. The machine's zone unless a test sets another.
     */
    public static void setZone(ZoneId z) {
        zone = z;
    }

    public static ZoneId zone() {
        return zone;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object convert(Object value, Class<?> type) {
        if (type == Object.class) return value;
        if (value != null && type.isInstance(value) && !type.isPrimitive()) return value;
        try {
            if (type == String.class) return value == null ? null : LanguagePrimitives.toText(value);
            if (type == boolean.class || type == Boolean.class) return LanguagePrimitives.toBool(value);
            if (value == null) return nullFor(type);
            if (type == int.class || type == Integer.class) return Math.toIntExact(round(toNumber(value, type)));
            if (type == long.class || type == Long.class) return round(toNumber(value, type));
            if (type == double.class || type == Double.class) return toNumber(value, type).doubleValue();
            if (type == BigDecimal.class) return new BigDecimal(toNumber(value, type).toString());
            if (type == PsDateTime.class) return toDateTime(value);
            if (type == OffsetDateTime.class) return toDate(value);
            if (type == Duration.class) return toTimeSpan(value);
            if (type == UUID.class) return UUID.fromString(LanguagePrimitives.toText(value).replace("{", "").replace("}", ""));
            if (type == Character.class || type == char.class) return toChar(value);
            if (type.isEnum()) return toEnum(value, (Class<? extends Enum>) type);
            if (type == List.class) return new ArrayList<>(LanguagePrimitives.enumerate(value));
            if (type == byte[].class) return toBytes(value);
            if (type.isArray()) return toArray(value, type.getComponentType());
            if (type == PsHashtable.class && value instanceof Map<?, ?> m) {
                PsHashtable h = new PsHashtable();
                h.putAll(m);
                return h;
            }
            if (type == SecureString.class) return new SecureString(LanguagePrimitives.toText(value).toCharArray());
            if (type == PsObject.class && value instanceof Map<?, ?> m) return toCustomObject(m);
        } catch (ArithmeticException e) {
            throw failure(value, type, "Value was either too large or too small for " + article(type) + ".");
        } catch (NumberFormatException | DateTimeParseException e) {
            throw failure(value, type, type == PsDateTime.class || type == OffsetDateTime.class
                    ? "String '" + LanguagePrimitives.toText(value) + "' was not recognized as a valid DateTime."
                    : "The input string '" + LanguagePrimitives.toText(value) + "' was not in a correct format.");
        } catch (IllegalArgumentException e) {
            throw failure(value, type, e.getMessage());
        }
        throw new PsException("System.Management.Automation.PSInvalidCastException",
                "Cannot convert the \"" + LanguagePrimitives.toText(value) + "\" value of type \""
                        + TypeNames.name(value) + "\" to type \"" + dotNet(type) + "\".",
                "InvalidCastException", ErrorCategory.InvalidArgument, value);
    }

    private static Object nullFor(Class<?> type) {
        if (type == int.class || type == Integer.class) return 0;
        if (type == long.class || type == Long.class) return 0L;
        if (type == double.class || type == Double.class) return 0.0;
        if (type == List.class) return new ArrayList<>();
        return null;
    }

    private static long round(Number n) {
        if (LanguagePrimitives.isIntegral(n)) return new BigInteger(n.toString()).longValueExact();
        // .NET rounds half to even when narrowing a floating-point number to an integer.
        return new BigDecimal(n.toString()).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    /** A number from a numeric value or numeric text (with hex, exponents and KB..PB multipliers). */
    public static Number toNumber(Object value, Class<?> target) {
        if (value instanceof Number n) return n;
        if (value instanceof Boolean b) return b ? 1 : 0;
        if (value instanceof Character c) return (int) c;
        if (value instanceof Enum<?> e) return e.ordinal();
        String s = LanguagePrimitives.toText(value);
        if (s.isBlank()) return 0;
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) throw new NumberFormatException(s);
        String digits = m.group(2);
        BigDecimal n = digits.toLowerCase(Locale.ROOT).startsWith("0x")
                ? new BigDecimal(new BigInteger(digits.substring(2), 16)) : new BigDecimal(digits);
        if (m.group(3) != null) n = n.multiply(BigDecimal.valueOf(multiplier(m.group(3))));
        if ("-".equals(m.group(1))) n = n.negate();
        if (n.stripTrailingZeros().scale() <= 0) {
            BigInteger i = n.toBigIntegerExact();
            if (i.bitLength() < 32) return i.intValue();
            if (i.bitLength() < 64) return i.longValue();
        }
        return n.doubleValue();
    }

    public static long multiplier(String suffix) {
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "kb" -> 1L << 10;
            case "mb" -> 1L << 20;
            case "gb" -> 1L << 30;
            case "tb" -> 1L << 40;
            case "pb" -> 1L << 50;
            default -> 1;
        };
    }

    /** A date for the migration domain (-StartAfter and friends): the instant, an Unspecified time read as local. */
    public static OffsetDateTime toDate(Object value) {
        if (value instanceof OffsetDateTime d) return d;
        return toDateTime(value).toOffsetDateTime();
    }

    /**
     * [datetime]$x and DateTime.Parse: a time with a zone ("Z", "-700", "+02:00") is converted to local time (Kind
     * Local), one without is Kind Unspecified, as .NET parses them.
     */
    public static PsDateTime toDateTime(Object value) {
        if (value instanceof PsDateTime d) return d;
        if (value instanceof OffsetDateTime d) return PsDateTime.from(d);
        if (value instanceof ZonedDateTime z) return PsDateTime.from(z.toOffsetDateTime());
        if (value instanceof LocalDateTime l) return PsDateTime.of(l, DateTimeKind.Unspecified);
        String s = LanguagePrimitives.toText(value).trim();
        try {
            return PsDateTime.local(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // not ISO with an offset; try local forms below
        }
        // .NET also reads "9:00PM" and a trailing zone ("Z", "UTC", "-700", "+02:00"), as Microsoft's examples
        // for -StartAfter and -CompleteAfter write them.
        ZoneOffset given = null;
        Matcher z = TRAILING_ZONE.matcher(s);
        if (z.matches() && z.group(1).contains(":")) {
            given = offset(z.group(2));
            s = z.group(1).trim();
        }
        s = MERIDIEM.matcher(s).replaceFirst(m -> m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT));
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                LocalDateTime local = LocalDateTime.parse(s, f);
                if (given != null) return PsDateTime.local(local.toInstant(given));
                return PsDateTime.of(local, DateTimeKind.Unspecified);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        for (DateTimeFormatter f : LOCAL_DATES) {
            try {
                return PsDateTime.of(LocalDate.parse(s, f).atStartOfDay(), DateTimeKind.Unspecified);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        throw new DateTimeParseException(s, s, 0);
    }

    /** "Z", "UTC", "-7", "-700", "+0530", "+05:30" as an offset. */
    private static ZoneOffset offset(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        if (t.equals("Z") || t.equals("UTC") || t.equals("GMT")) return ZoneOffset.UTC;
        int sign = t.charAt(0) == '-' ? -1 : 1;
        String digits = t.substring(1).replace(":", "");
        int split = digits.length() <= 2 ? digits.length() : digits.length() - 2;
        int hours = Integer.parseInt(digits.substring(0, split));
        int minutes = split == digits.length() ? 0 : Integer.parseInt(digits.substring(split));
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    public static Duration toTimeSpan(Object value) {
        if (value instanceof Duration d) return d;
        if (value instanceof Number n) return TimeSpans.ofTicks(n.longValue());
        String s = LanguagePrimitives.toText(value).trim();
        Matcher m = TIMESPAN.matcher(s);
        if (!m.matches()) {
            if (s.matches("\\d+")) return TimeSpans.checked(Duration.ofDays(Long.parseLong(s)));
            throw new NumberFormatException(s);
        }
        Duration d = Duration.ofDays(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
                .plusHours(Long.parseLong(m.group(3))).plusMinutes(Long.parseLong(m.group(4)))
                .plusSeconds(m.group(5) == null ? 0 : Long.parseLong(m.group(5)));
        if (m.group(6) != null) d = d.plusNanos(Long.parseLong((m.group(6) + "000000").substring(0, 7)) * 100);
        return TimeSpans.checked(m.group(1) != null ? d.negated() : d);
    }

    private static Character toChar(Object value) {
        if (value instanceof Number n) return (char) n.intValue();
        String s = LanguagePrimitives.toText(value);
        if (s.length() != 1) throw new IllegalArgumentException("String must be exactly one character long.");
        return s.charAt(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object toEnum(Object value, Class<? extends Enum> type) {
        if (value instanceof Number n) {
            Enum[] constants = type.getEnumConstants();
            int i = n.intValue();
            if (i >= 0 && i < constants.length) return constants[i];
        }
        String s = LanguagePrimitives.toText(value).trim();
        for (Enum e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) return e;
        }
        StringJoiner names = new StringJoiner(", ");
        for (Enum e : type.getEnumConstants()) names.add(e.name());
        throw new IllegalArgumentException("Unable to match the identifier name " + s
                + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                + System.lineSeparator() + names);
    }

    private static byte[] toBytes(Object value) {
        if (value instanceof String s) return s.getBytes(StandardCharsets.UTF_8);
        List<Object> items = LanguagePrimitives.enumerate(value);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = items.get(i);
            int b = item instanceof Byte raw ? raw & 0xFF : ((Number) convert(item, Integer.class)).intValue();
            if (b < 0 || b > 255) throw overflow(item, "System.Byte", "an unsigned byte");
            out[i] = (byte) b;
        }
        return out;
    }

    private static Object toArray(Object value, Class<?> component) {
        List<Object> items = LanguagePrimitives.enumerate(value);
        // Array.set, not an Object[] cast: the component may be primitive (int[] for Select-Object -Index).
        Object out = java.lang.reflect.Array.newInstance(component, items.size());
        for (int i = 0; i < items.size(); i++) java.lang.reflect.Array.set(out, i, convert(items.get(i), component));
        return out;
    }

    private static PsObject toCustomObject(Map<?, ?> m) {
        PsObject o = PsObject.custom();
        for (Map.Entry<?, ?> e : m.entrySet()) o.add(LanguagePrimitives.toText(e.getKey()), e.getValue());
        return o;
    }

    private static PsException failure(Object value, Class<?> type, String why) {
        return failure(value, dotNet(type), why);
    }

    private static PsException failure(Object value, String dotNetType, String why) {
        return new PsException("System.Management.Automation.PSInvalidCastException",
                "Cannot convert value \"" + LanguagePrimitives.toText(value) + "\" to type \"" + dotNetType
                        + "\". Error: \"" + why + "\"",
                "InvalidCastException", ErrorCategory.InvalidArgument, value);
    }

    /** A value outside a .NET integer type's range, named as .NET names it ("an unsigned byte", "a UInt32"). */
    public static PsException overflow(Object value, String dotNetType, String named) {
        return failure(value, dotNetType, "Value was either too large or too small for " + named + ".");
    }

    private static String article(Class<?> type) {
        String n = dotNet(type);
        n = n.substring(n.lastIndexOf('.') + 1);
        return ("AEIOU".indexOf(n.charAt(0)) >= 0 ? "an " : "a ") + n;
    }

    /** The .NET name of a Java type used as a parameter or cast target. */
    public static String dotNet(Class<?> type) {
        if (type == String.class) return "System.String";
        if (type == int.class || type == Integer.class) return "System.Int32";
        if (type == long.class || type == Long.class) return "System.Int64";
        if (type == double.class || type == Double.class) return "System.Double";
        if (type == boolean.class || type == Boolean.class) return "System.Boolean";
        if (type == BigDecimal.class) return "System.Decimal";
        if (type == PsDateTime.class || type == OffsetDateTime.class) return "System.DateTime";
        if (type == Duration.class) return "System.TimeSpan";
        if (type == UUID.class) return "System.Guid";
        if (type == char.class || type == Character.class) return "System.Char";
        if (type == byte[].class) return "System.Byte[]";
        if (type == List.class || type == Object[].class) return "System.Object[]";
        if (type == PsHashtable.class || type == Map.class) return "System.Collections.Hashtable";
        if (type == SecureString.class) return "System.Security.SecureString";
        if (type == ScriptBlock.class) return "System.Management.Automation.ScriptBlock";
        if (type == PsObject.class || type == Object.class) return "System.Management.Automation.PSObject";
        DotNetName dn = type.getAnnotation(DotNetName.class);
        if (dn != null) return dn.value()[0];
        if (type.isArray()) return dotNet(type.getComponentType()) + "[]";
        // never a Java package in a message; an enum without a .NET name shows its own name
        return type.isEnum() ? type.getSimpleName() : type.getName();
    }
}
