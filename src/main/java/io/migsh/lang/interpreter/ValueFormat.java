package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetFormat;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;

/**
 * A value's ToString(format) in en-US: the standard numeric formats (N, F, D, X, P, C, E, G) and custom ones such as
 * "0.00" or "#,##0", date formats (see {@link DotNetFormat}) and time span formats.
 */
public final class ValueFormat {
    private ValueFormat() {}

    public static String format(Object v, String format) {
        Object value = AutomationNull.normalize(v);
        if (format == null || format.isEmpty() || value == null) return LanguagePrimitives.toText(value);
        if (value instanceof Number n) return number(n, format);
        if (PsDateTime.adapt(value) instanceof PsDateTime d) return DotNetFormat.date(d, format);
        if (value instanceof Duration d) return TimeSpanFormat.timeSpan(d, format);
        return LanguagePrimitives.toText(value);
    }

    static String number(Number n, String format) {
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            return DotNetFormat.nonFinite(n.doubleValue());
        }
        char kind = Character.toUpperCase(format.charAt(0));
        String digits = format.substring(1);
        boolean standard = "NFDXPCEGR".indexOf(kind) >= 0 && digits.chars().allMatch(Character::isDigit);
        if (!standard) return custom(n, format);
        int precision = digits.isEmpty() ? -1 : Integer.parseInt(digits);
        boolean integral = LanguagePrimitives.isIntegral(n);
        switch (kind) {
            case 'N':
                return grouped(decimal(n), precision < 0 ? 2 : precision, true);
            case 'F':
                return grouped(decimal(n), precision < 0 ? 2 : precision, false);
            case 'D': {
                if (!integral) throw CompositeFormat.formatError("Format specifier was invalid");
                BigInteger i = new BigInteger(n.toString());
                String s = i.abs().toString();
                if (precision > s.length()) s = "0".repeat(precision - s.length()) + s;
                return (i.signum() < 0 ? "-" : "") + s;
            }
            case 'X': {
                if (!integral) throw CompositeFormat.formatError("Format specifier was invalid");
                long l = n.longValue();
                String s = n instanceof Integer ? Integer.toHexString((int) l) : Long.toHexString(l);
                if (precision > s.length()) s = "0".repeat(precision - s.length()) + s;
                return Character.isUpperCase(format.charAt(0)) ? s.toUpperCase(Locale.ROOT) : s;
            }
            case 'P':
                return grouped(decimal(n).multiply(BigDecimal.valueOf(100)), precision < 0 ? 2 : precision, true) + "%";
            case 'C': {
                BigDecimal d = decimal(n);
                String s = "$" + grouped(d.abs(), precision < 0 ? 2 : precision, true);
                return d.signum() < 0 ? "-" + s : s;
            }
            case 'E': {
                int p = precision < 0 ? 6 : precision;
                String s = String.format(Locale.ROOT, "%." + p + "E", n.doubleValue());
                int e = s.indexOf('E');
                int exp = Integer.parseInt(s.substring(e + 1));
                String mantissa = s.substring(0, e);
                String result = mantissa + "E" + (exp < 0 ? "-" : "+") + String.format(Locale.ROOT, "%03d", Math.abs(exp));
                return Character.isUpperCase(format.charAt(0)) ? result : result.toLowerCase(Locale.ROOT);
            }
            default:
                return LanguagePrimitives.toText(n);
        }
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) return d;
        if (n instanceof Double || n instanceof Float) return new BigDecimal(Double.toString(n.doubleValue()));
        return new BigDecimal(n.toString());
    }

    private static String grouped(BigDecimal d, int decimals, boolean groups) {
        BigDecimal r = d.setScale(decimals, RoundingMode.HALF_UP);
        String plain = r.abs().toPlainString();
        String intPart = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String frac = plain.contains(".") ? plain.substring(plain.indexOf('.')) : "";
        if (groups) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < intPart.length(); i++) {
                if (i > 0 && (intPart.length() - i) % 3 == 0) sb.append(',');
                sb.append(intPart.charAt(i));
            }
            intPart = sb.toString();
        }
        return (r.signum() < 0 ? "-" : "") + intPart + frac;
    }

    private static String custom(Number n, String format) {
        try {
            DecimalFormat f = new DecimalFormat(javaPattern(format), DecimalFormatSymbols.getInstance(Locale.US));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f.format(n instanceof BigDecimal ? n : decimal(n));
        } catch (IllegalArgumentException e) {
            return format;
        }
    }

    /** .NET custom numeric format to a DecimalFormat pattern: quoted literals and escapes carried over. */
    private static String javaPattern(String format) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                sb.append('\'').append(format.charAt(++i)).append('\'');
            } else if (c == '"') {
                int close = format.indexOf('"', i + 1);
                if (close < 0) close = format.length();
                sb.append('\'').append(format, i + 1, close).append('\'');
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
