package io.migsh.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import java.util.StringJoiner;

/** PowerShell's rules for truth, text, equality and ordering of values (after System.Management.Automation.LanguagePrimitives). */
public final class LanguagePrimitives {
    /** en-US general date/time, the way PowerShell prints a DateTime. */
    public static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private LanguagePrimitives() {}

    /** True when the value is a collection the pipeline enumerates (strings and dictionaries are not). */
    public static boolean isEnumerable(Object v) {
        return v instanceof Collection<?> || v instanceof Object[] || v instanceof Iterator<?>;
    }

    /** The items the pipeline sends for a value: its elements if it is enumerable, else the value itself. */
    public static List<Object> enumerate(Object v) {
        if (v instanceof List<?> l) return unchecked(l);
        if (v instanceof Collection<?> c) return new ArrayList<>(c);
        if (v instanceof Object[] a) return Arrays.asList(a);
        if (v instanceof Iterator<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        }
        if (v == null) return List.of();
        return List.of(v);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> unchecked(List<?> l) {
        return (List<Object>) l;
    }

    /** PowerShell's truth: $null, 0, "", empty collections and $false are false. */
    public static boolean toBool(Object v) {
        if (v == null) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof Number n) return n.doubleValue() != 0;
        if (v instanceof Character c) return c != 0;
        if (v instanceof Collection<?> c) return c.size() > 1 || (c.size() == 1 && toBool(c.iterator().next()));
        if (v instanceof Object[] a) return a.length > 1 || (a.length == 1 && toBool(a[0]));
        return true;
    }

    /** The string a value becomes in "$x", -join, and string conversion. */
    public static String toText(Object v) {
        if (v == null) return "";
        if (v instanceof String s) return s;
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Double d) return doubleText(d);
        if (v instanceof Float f) return doubleText(f.doubleValue());
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof PsDateTime d) return DATE_TEXT.format(d.wall());
        if (v instanceof OffsetDateTime d) return DATE_TEXT.format(d);
        if (v instanceof Duration d) return timeSpanText(d);
        if (v instanceof byte[] b) return "System.Byte[]";
        if (v instanceof Collection<?> || v instanceof Object[]) {
            StringJoiner j = new StringJoiner(" ");
            for (Object o : enumerate(v)) j.add(toText(o));
            return j.toString();
        }
        return v.toString();
    }

    /** Doubles print with up to 15 significant digits and no trailing ".0", like .NET's default formatting. */
    public static String doubleText(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        BigDecimal bd = new BigDecimal(d).round(new java.math.MathContext(15)).stripTrailingZeros();
        if (Math.abs(d) >= 1e15 || Math.abs(d) < 1e-5) {
            String s = String.format(Locale.ROOT, "%.14E", d);
            String mantissa = s.substring(0, s.indexOf('E')).replaceAll("0+$", "").replaceAll("\\.$", "");
            int exp = Integer.parseInt(s.substring(s.indexOf('E') + 1));
            return mantissa + "E" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
        }
        return bd.toPlainString();
    }

    /** TimeSpan's constant format: [-][d.]hh:mm:ss[.fffffff]. */
    public static String timeSpanText(Duration d) {
        boolean negative = d.isNegative();
        Duration a = d.abs();
        long days = a.toDays();
        StringBuilder sb = new StringBuilder();
        if (negative) sb.append('-');
        if (days > 0) sb.append(days).append('.');
        sb.append(String.format(Locale.ROOT, "%02d:%02d:%02d", a.toHoursPart(), a.toMinutesPart(), a.toSecondsPart()));
        long ticks = a.toNanosPart() / 100;
        if (ticks > 0) sb.append('.').append(String.format(Locale.ROOT, "%07d", ticks));
        return sb.toString();
    }

    /** -eq: the right side is converted to the left side's type; strings compare case-insensitively unless asked. */
    public static boolean areEqual(Object left, Object right, boolean ignoreCase) {
        if (left instanceof PsObject lo && lo.baseValue() != null) {
            // A deserialized enum is its number with its name as text: equal to either, as the live enum is.
            if (right instanceof String rs && lo.toStringValue() != null
                    && (ignoreCase ? rs.equalsIgnoreCase(lo.toStringValue()) : rs.equals(lo.toStringValue()))) {
                return true;
            }
            left = lo.baseValue();
        }
        if (!(left instanceof String)) right = base(right);
        if (left == null || right == null) return left == right;
        if (left instanceof String ls) {
            String rs = toText(right);
            return ignoreCase ? ls.equalsIgnoreCase(rs) : ls.equals(rs);
        }
        if (left instanceof Number || left instanceof Boolean || left instanceof Enum<?>) {
            try {
                Object r = Conversions.convert(right, left.getClass());
                if (left instanceof Number ln && r instanceof Number rn) return compareNumbers(ln, rn) == 0;
                return left.equals(r);
            } catch (PsException e) {
                return false;
            }
        }
        if (left instanceof Character c) return ignoreCase
                ? String.valueOf(c).equalsIgnoreCase(toText(right)) : String.valueOf(c).equals(toText(right));
        if (left instanceof OffsetDateTime ld) left = PsDateTime.from(ld);
        if (left instanceof PsDateTime ld) {
            try {
                return ld.equals(Conversions.convert(right, PsDateTime.class));
            } catch (PsException e) {
                return false;
            }
        }
        return left.equals(right);
    }

    /** -lt/-gt and Sort-Object: the right side is converted to the left side's type. */
    public static int compare(Object left, Object right, boolean ignoreCase) {
        left = base(left);
        if (!(left instanceof String)) right = base(right);
        if (left == null && right == null) return 0;
        if (left == null) return -1;
        if (right == null) return 1;
        if (left instanceof Number ln) {
            Object r = right instanceof Number ? right : Conversions.convert(right, Double.class);
            return compareNumbers(ln, (Number) r);
        }
        if (left instanceof String ls) {
            String rs = toText(right);
            return ignoreCase ? String.CASE_INSENSITIVE_ORDER.compare(ls, rs) : ls.compareTo(rs);
        }
        if (left instanceof OffsetDateTime ld) left = PsDateTime.from(ld);
        if (left instanceof PsDateTime ld) return ld.compareTo((PsDateTime) Conversions.convert(right, PsDateTime.class));
        if (left instanceof Duration ld) return ld.compareTo((Duration) Conversions.convert(right, Duration.class));
        if (left instanceof Boolean lb) return Boolean.compare(lb, toBool(right));
        if (left instanceof Enum<?> le && right instanceof Enum<?> re) return Integer.compare(le.ordinal(), re.ordinal());
        if (left instanceof Comparable<?> && left.getClass().isInstance(right)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) left;
            return c.compareTo(right);
        }
        String ls = toText(left);
        String rs = toText(right);
        return ignoreCase ? String.CASE_INSENSITIVE_ORDER.compare(ls, rs) : ls.compareTo(rs);
    }

    /** PSObject.Base: the plain value a wrapping object stands for (a deserialized enum's number), else the value. */
    public static Object base(Object v) {
        return v instanceof PsObject o && o.baseValue() != null ? o.baseValue() : v;
    }

    public static int compareNumbers(Number a, Number b) {
        if (isSmallIntegral(a) && isSmallIntegral(b)) return Long.compare(a.longValue(), b.longValue());
        if (isIntegral(a) && isIntegral(b)) {
            return new BigInteger(a.toString()).compareTo(new BigInteger(b.toString()));
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    private static boolean isSmallIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    public static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    /** Unwraps a one-element list, the way a pipeline's output becomes a scalar in an assignment. */
    public static Object unwrapSingle(List<Object> values) {
        if (values.isEmpty()) return null;
        if (values.size() == 1) return values.get(0);
        return values;
    }

}
