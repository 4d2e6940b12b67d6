package io.migsh.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** .NET format strings in the en-US culture: dates ("yyyy-MM-dd", "G", "o") and numbers ("N2", "X", "0.00"). */
public final class DotNetFormat {
    private DotNetFormat() {}

    /** A date formatted with a .NET standard (one letter) or custom format string. */
    public static String date(PsDateTime d, String format) {
        if (format == null || format.isEmpty()) format = "G";
        if (format.length() == 1) {
            // U shows universal time; r and u only label the reading as GMT/Z and convert nothing (.NET's DateTime)
            if (format.charAt(0) == 'U') d = d.toUniversalTime();
            format = standardDate(format.charAt(0));
        }
        else if (format.startsWith("%")) format = format.substring(1);
        return customDate(d, format);
    }

    /** A domain OffsetDateTime formatted as the date the language sees. */
    public static String date(OffsetDateTime d, String format) {
        return date(PsDateTime.from(d), format);
    }

    private static String standardDate(char c) {
        return switch (c) {
            case 'd' -> "M/d/yyyy";
            case 'D' -> "dddd, MMMM d, yyyy";
            case 't' -> "h:mm tt";
            case 'T' -> "h:mm:ss tt";
            case 'f' -> "dddd, MMMM d, yyyy h:mm tt";
            case 'F' -> "dddd, MMMM d, yyyy h:mm:ss tt";
            case 'g' -> "M/d/yyyy h:mm tt";
            case 'G' -> "M/d/yyyy h:mm:ss tt";
            case 's' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case 'u' -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case 'U' -> "dddd, MMMM d, yyyy h:mm:ss tt";
            // the round-trip form ends as the kind says: Z (Utc), the offset (Local) or nothing (Unspecified)
            case 'o', 'O' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case 'r', 'R' -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            case 'M', 'm' -> "MMMM d";
            case 'Y', 'y' -> "MMMM yyyy";
            default -> throw new PsException("System.FormatException", "Input string was not in a correct format.",
                    "FormatException", ErrorCategory.InvalidArgument, String.valueOf(c));
        };
    }

    private static String customDate(PsDateTime date, String f) {
        java.time.LocalDateTime d = date.wall();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            int n = 1;
            while (i + n < f.length() && f.charAt(i + n) == c) n++;
            switch (c) {
                case 'y' -> out.append(n <= 2 ? pad(d.getYear() % 100, n) : pad(d.getYear(), n));
                case 'M' -> out.append(n <= 2 ? pad(d.getMonthValue(), n)
                        : d.getMonth().getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US));
                case 'd' -> out.append(n <= 2 ? pad(d.getDayOfMonth(), n)
                        : d.getDayOfWeek().getDisplayName(n == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US));
                case 'H' -> out.append(pad(d.getHour(), Math.min(n, 2)));
                case 'h' -> out.append(pad(d.getHour() % 12 == 0 ? 12 : d.getHour() % 12, Math.min(n, 2)));
                case 'm' -> out.append(pad(d.getMinute(), Math.min(n, 2)));
                case 's' -> out.append(pad(d.getSecond(), Math.min(n, 2)));
                case 'f', 'F' -> {
                    String frac = String.format(Locale.ROOT, "%09d", d.getNano()).substring(0, Math.min(n, 7));
                    if (c == 'F') frac = frac.replaceAll("0+$", "");
                    out.append(frac);
                }
                case 't' -> out.append(n == 1 ? (d.getHour() < 12 ? "A" : "P") : (d.getHour() < 12 ? "AM" : "PM"));
                // z: the reading's offset (zero for Utc, the session zone's for Unspecified), as .NET's DateTime
                case 'z' -> out.append(offset(date.offset(), n));
                case 'K' -> out.append(switch (date.kind()) {
                    case Utc -> "Z";
                    case Local -> offset(date.offset(), 3);
                    case Unspecified -> "";
                });
                case '\'', '"' -> {
                    int close = f.indexOf(c, i + 1);
                    if (close < 0) close = f.length();
                    out.append(f, i + 1, close);
                    i = close + 1;
                    continue;
                }
                case 'g' -> out.append("A.D.");
                case '\\' -> {
                    if (i + 1 < f.length()) out.append(f.charAt(i + 1));
                    i += 2;
                    continue;
                }
                case '%' -> {
                    i++;
                    continue;
                }
                default -> out.append(String.valueOf(c).repeat(n));
            }
            i += n;
        }
        return out.toString();
    }

    private static String offset(ZoneOffset o, int n) {
        int total = o.getTotalSeconds();
        String sign = total < 0 ? "-" : "+";
        int h = Math.abs(total) / 3600;
        int m = Math.abs(total) % 3600 / 60;
        if (n == 1) return sign + h;
        if (n == 2) return sign + pad(h, 2);
        return sign + pad(h, 2) + ":" + pad(m, 2);
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** A number formatted with a .NET standard (N2, F0, D5, X8, P1, C, E3, G) or custom ("#,##0.00") format. */
    public static String number(Number value, String format) {
        if (format == null || format.isEmpty()) return LanguagePrimitives.toText(value);
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(value.doubleValue())) {
            return nonFinite(value.doubleValue()); // every .NET format writes these as words, whatever it asks for
        }
        char kind = Character.toUpperCase(format.charAt(0));
        String digits = format.substring(1);
        boolean standard = digits.chars().allMatch(Character::isDigit) && "NFDXPCEG".indexOf(kind) >= 0;
        if (!standard) return custom(value, format);
        Integer precision = digits.isEmpty() ? null : Integer.parseInt(digits);
        BigDecimal big = new BigDecimal(value.toString());
        return switch (kind) {
            case 'N' -> grouped(big, precision == null ? 2 : precision);
            case 'F' -> big.setScale(precision == null ? 2 : precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'D' -> {
                String s = big.toBigInteger().abs().toString();
                int w = precision == null ? 0 : precision;
                yield (big.signum() < 0 ? "-" : "") + "0".repeat(Math.max(0, w - s.length())) + s;
            }
            case 'X' -> {
                String s = Long.toHexString(value.longValue());
                if (format.charAt(0) == 'X') s = s.toUpperCase(Locale.ROOT);
                int w = precision == null ? 0 : precision;
                yield "0".repeat(Math.max(0, w - s.length())) + s;
            }
            case 'P' -> grouped(big.multiply(BigDecimal.valueOf(100)), precision == null ? 2 : precision) + " %";
            case 'C' -> (big.signum() < 0 ? "-$" : "$") + grouped(big.abs(), precision == null ? 2 : precision);
            case 'E' -> String.format(Locale.US, "%." + (precision == null ? 6 : precision) + "E", big.doubleValue())
                    .replaceAll("E([+-])(\\d)$", "E$100$2").replaceAll("E([+-])(\\d\\d)$", "E$10$2");
            default -> LanguagePrimitives.toText(value);
        };
    }

    /** NaN and the infinities as .NET's en-US culture writes them under any number format. */
    public static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "\u221e" : "-\u221e";
    }

    private static String grouped(BigDecimal v, int scale) {
        DecimalFormat f = new DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""),
                DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    private static String custom(Number value, String format) {
        DecimalFormat f = new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(new BigDecimal(value.toString()));
    }
}
