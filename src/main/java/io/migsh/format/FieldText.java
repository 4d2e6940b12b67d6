package io.migsh.format;

import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.WildcardPattern;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The text of a value in a table cell or list item, as PowerShell's PSObjectHelper.SmartToString gives it:
 * collections as {@code {a, b, c, d…}} up to $FormatEnumerationLimit items, $null as nothing.
 */
public final class FieldText {
    /** U+2026, what PowerShell 7 appends to cut text and to collections past the enumeration limit. */
    public static final String ELLIPSIS = "\u2026";
    /** $FormatEnumerationLimit's default. */
    public static final int DEFAULT_ENUMERATION_LIMIT = 4;

    /** PowerShell's guesses at a display name for objects without their own text (PSObjectHelper). */
    static final List<WildcardPattern> DISPLAY_NAME_PATTERNS = java.util.stream.Stream.of("name", "id", "key", "*key",
            "*name", "*id").map(p -> WildcardPattern.of(p, false)).toList();

    private FieldText() {}

    public static String of(Object value, int enumerationLimit) {
        if (value == null) return "";
        if (value instanceof String s) return s;
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            int n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (limitReached(sb, n++, enumerationLimit)) break;
                sb.append('[').append(scalar(e.getKey())).append(", ").append(scalar(e.getValue())).append(']');
            }
            return sb.append('}').toString();
        }
        if (isCollection(value)) {
            StringBuilder sb = new StringBuilder("{");
            int n = 0;
            for (Object item : elements(value)) {
                if (limitReached(sb, n++, enumerationLimit)) break;
                sb.append(elementName(item));
            }
            return sb.append('}').toString();
        }
        return scalar(value);
    }

    /** Applies a FormatString (Format-Table's @{FormatString='N2'}) the way PowerShell's FormatField does. */
    public static String withFormat(Object value, String format, int enumerationLimit) {
        if (format == null || format.isEmpty() || value == null) return of(value, enumerationLimit);
        try {
            if (format.contains("{0") || format.contains("}")) return composite(format, value);
            if (value instanceof Number n) return DotNetFormat.number(n, format);
            if (PsDateTime.adapt(value) instanceof PsDateTime d) return DotNetFormat.date(d, format);
        } catch (RuntimeException e) {
            return "";
        }
        return of(value, enumerationLimit);
    }

    private static String composite(String format, Object value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '{' && format.startsWith("{{", i)) {
                out.append('{');
                i += 2;
            } else if (c == '}' && format.startsWith("}}", i)) {
                out.append('}');
                i += 2;
            } else if (c == '{') {
                int close = format.indexOf('}', i);
                String spec = format.substring(i + 1, close);
                int colon = spec.indexOf(':');
                String inner = colon < 0 ? null : spec.substring(colon + 1);
                out.append(withFormat(value, inner, DEFAULT_ENUMERATION_LIMIT));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean limitReached(StringBuilder sb, int n, int limit) {
        if (limit >= 0 && n == limit) {
            sb.append(ELLIPSIS);
            return true;
        }
        if (n > 0) sb.append(", ");
        return false;
    }

    static boolean isCollection(Object v) {
        return v instanceof Collection<?> || v instanceof Object[] || v instanceof byte[];
    }

    static List<Object> elements(Object v) {
        if (v instanceof byte[] bytes) {
            Object[] boxed = new Object[bytes.length];
            for (int i = 0; i < bytes.length; i++) boxed[i] = bytes[i] & 0xff;
            return List.of(boxed);
        }
        return LanguagePrimitives.enumerate(v);
    }

    /** An element inside {…}: $null spelled out, objects without their own text shown by a name-like property. */
    private static String elementName(Object x) {
        if (x == null) return "$null";
        if (x instanceof PsObject o && o.toStringValue() == null && !isCustom(o)) {
            for (WildcardPattern p : DISPLAY_NAME_PATTERNS) {
                for (String n : o.propertyNames()) {
                    if (p.matches(n)) return scalar(o.get(n));
                }
            }
        }
        return scalar(x);
    }

    private static boolean isCustom(PsObject o) {
        return o.typeNames().stream().anyMatch(t -> t.endsWith("System.Management.Automation.PSCustomObject"));
    }

    /** A single value's ToString(): dates in the short date and long time pattern, doubles as .NET prints them. */
    static String scalar(Object v) {
        if (v == null) return "";
        if (v instanceof Collection<?> || v instanceof Object[]) return "System.Object[]";
        if (v instanceof Map<?, ?> m) return m.toString();
        if (v instanceof Enum<?> e) return e.name();
        return LanguagePrimitives.toText(v);
    }
}
