package io.migsh.lang.lexer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Reads PowerShell numeric literals: decimal, hex (0x), real with exponent, type suffixes (l, d) and the KB..PB
 * multipliers. Integers are Int32 when they fit, then Int64, then Decimal, as PowerShell types them.
 */
public final class NumberLiteral {
    private NumberLiteral() {}

    /** The length of the numeric literal starting at {@code start}, or 0 when there is none. */
    public static int scan(String s, int start, int end) {
        int i = start;
        if (i + 1 < end && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < end && isHex(s.charAt(i + 2))) {
            i += 2;
            while (i < end && isHex(s.charAt(i))) i++;
        } else {
            int digits = i;
            while (i < end && isDigit(s.charAt(i))) i++;
            if (i + 1 < end && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                i++;
                while (i < end && isDigit(s.charAt(i))) i++;
            } else if (i == digits) {
                return 0;
            }
            if (i + 1 < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
                if (j < end && isDigit(s.charAt(j))) {
                    i = j;
                    while (i < end && isDigit(s.charAt(i))) i++;
                }
            }
        }
        if (i < end && "lLdD".indexOf(s.charAt(i)) >= 0) i++;
        if (i + 1 < end && "kKmMgGtTpP".indexOf(s.charAt(i)) >= 0 && (s.charAt(i + 1) == 'b' || s.charAt(i + 1) == 'B')) {
            i += 2;
        }
        return i - start;
    }

    /** The value of a whole text as a number (with an optional sign), or null when it is not exactly one. */
    public static Number parse(String text) {
        String t = text;
        boolean negative = false;
        if (!t.isEmpty() && (CharClass.isDash(t.charAt(0)) || t.charAt(0) == '+')) {
            negative = CharClass.isDash(t.charAt(0));
            t = t.substring(1);
        }
        if (t.isEmpty() || scan(t, 0, t.length()) != t.length()) return null;
        Number n = value(t);
        return negative ? negate(n) : n;
    }

    /** The value of a literal already known to be well formed (as {@link #scan} measured it). */
    public static Number value(String literal) {
        String t = literal.toLowerCase(Locale.ROOT);
        long multiplier = 1;
        if (t.length() > 2 && t.endsWith("b") && "kmgtp".indexOf(t.charAt(t.length() - 2)) >= 0
                && !t.startsWith("0x")) {
            multiplier = io.migsh.runtime.Conversions.multiplier(t.substring(t.length() - 2));
            t = t.substring(0, t.length() - 2);
        } else if (t.startsWith("0x") && t.length() > 4 && t.endsWith("b")
                && "kmgtp".indexOf(t.charAt(t.length() - 2)) >= 0) {
            // 0x10kb: "b" is a hex digit, so only a two-letter suffix after a non-hex letter counts
            char k = t.charAt(t.length() - 2);
            if (!isHex(k)) {
                multiplier = io.migsh.runtime.Conversions.multiplier(t.substring(t.length() - 2));
                t = t.substring(0, t.length() - 2);
            }
        }
        char suffix = 0;
        if (!t.startsWith("0x") && (t.endsWith("l") || t.endsWith("d"))) {
            suffix = t.charAt(t.length() - 1);
            t = t.substring(0, t.length() - 1);
        } else if (t.startsWith("0x") && t.endsWith("l")) {
            suffix = 'l';
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("0x")) {
            BigInteger v = new BigInteger(t.substring(2), 16);
            if (suffix != 'l' && v.bitLength() <= 32) return scaleInt(v.intValue(), multiplier);
            return v.longValue() * multiplier;
        }
        boolean real = t.contains(".") || t.contains("e");
        if (suffix == 'd') return new BigDecimal(t).multiply(BigDecimal.valueOf(multiplier));
        if (real) return Double.parseDouble(t) * multiplier;
        BigInteger v = new BigInteger(t).multiply(BigInteger.valueOf(multiplier));
        if (suffix == 'l') return v.longValue();
        if (v.bitLength() < 32) return v.intValue();
        if (v.bitLength() < 64) return v.longValue();
        return new BigDecimal(v);
    }

    private static Number scaleInt(int v, long multiplier) {
        long r = v * multiplier;
        return r == (int) r ? (Number) (int) r : (Number) r;
    }

    static Number negate(Number n) {
        if (n instanceof Integer i) return i == Integer.MIN_VALUE ? (Number) (-(long) i) : (Number) (-i);
        if (n instanceof Long l) return -l;
        if (n instanceof Double d) return -d;
        if (n instanceof BigDecimal d) return d.negate();
        return n;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
