package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/** .NET date and time span format strings (standard "d", "s", "o", ... and custom "yyyy-MM-dd HH:mm"), en-US. */
public final class DateFormatting {
    private DateFormatting() {}

    public static String format(OffsetDateTime d, String format) {
        if (format.length() == 1) {
            switch (format.charAt(0)) {
                case 'd': return custom(d, "M/d/yyyy");
                case 'D': return custom(d, "dddd, MMMM d, yyyy");
                case 'f': return custom(d, "dddd, MMMM d, yyyy h:mm tt");
                case 'F': return custom(d, "dddd, MMMM d, yyyy h:mm:ss tt");
                case 'g': return custom(d, "M/d/yyyy h:mm tt");
                case 'G': return custom(d, "M/d/yyyy h:mm:ss tt");
                case 'm', 'M': return custom(d, "MMMM d");
                case 'o', 'O': return custom(d, "yyyy-MM-ddTHH:mm:ss.fffffffzzz");
                case 'r', 'R': return custom(d.withOffsetSameInstant(ZoneOffset.UTC), "ddd, dd MMM yyyy HH:mm:ss 'GMT'");
                case 's': return custom(d, "yyyy-MM-ddTHH:mm:ss");
                case 't': return custom(d, "h:mm tt");
                case 'T': return custom(d, "h:mm:ss tt");
                case 'u': return custom(d.withOffsetSameInstant(ZoneOffset.UTC), "yyyy-MM-dd HH:mm:ssZ");
                case 'U': return custom(d.withOffsetSameInstant(ZoneOffset.UTC), "dddd, MMMM d, yyyy h:mm:ss tt");
                case 'y', 'Y': return custom(d, "MMMM yyyy");
                default: break;
            }
        }
        return custom(d, format);
    }

    private static String custom(OffsetDateTime d, String f) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            int run = 1;
            while (i + run < f.length() && f.charAt(i + run) == c) run++;
            switch (c) {
                case 'y' -> out.append(run <= 2 ? pad(d.getYear() % 100, run) : pad(d.getYear(), run));
                case 'M' -> out.append(run <= 2 ? pad(d.getMonthValue(), run)
                        : d.getMonth().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US));
                case 'd' -> out.append(run <= 2 ? pad(d.getDayOfMonth(), run)
                        : d.getDayOfWeek().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.US));
                case 'h' -> out.append(pad(d.getHour() % 12 == 0 ? 12 : d.getHour() % 12, Math.min(run, 2)));
                case 'H' -> out.append(pad(d.getHour(), Math.min(run, 2)));
                case 'm' -> out.append(pad(d.getMinute(), Math.min(run, 2)));
                case 's' -> out.append(pad(d.getSecond(), Math.min(run, 2)));
                case 'f', 'F' -> {
                    String frac = String.format(Locale.ROOT, "%09d", d.getNano()).substring(0, Math.min(run, 7));
                    if (c == 'F') frac = frac.replaceAll("0+$", "");
                    out.append(frac);
                }
                case 't' -> out.append(run == 1 ? (d.getHour() < 12 ? "A" : "P") : (d.getHour() < 12 ? "AM" : "PM"));
                case 'z' -> out.append(offset(d.getOffset(), run));
                case 'K' -> out.append(d.getOffset().getTotalSeconds() == 0 ? "Z" : offset(d.getOffset(), 3));
                case 'g' -> out.append("A.D.");
                case '\'', '"' -> {
                    int close = f.indexOf(c, i + 1);
                    if (close < 0) close = f.length();
                    out.append(f, i + 1, close);
                    i = close + 1;
                    continue;
                }
                case '\\' -> {
                    if (i + 1 < f.length()) out.append(f.charAt(i + 1));
                    i += 2;
                    continue;
                }
                case '%' -> {
                    i++;
                    continue;
                }
                default -> out.append(String.valueOf(c).repeat(run));
            }
            i += run;
        }
        return out.toString();
    }

    private static String offset(ZoneOffset o, int run) {
        int total = o.getTotalSeconds();
        String sign = total < 0 ? "-" : "+";
        int abs = Math.abs(total);
        int h = abs / 3600;
        int m = abs % 3600 / 60;
        if (run == 1) return sign + h;
        if (run == 2) return sign + pad(h, 2);
        return sign + pad(h, 2) + ":" + pad(m, 2);
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** TimeSpan.ToString(format): "c" (the default), "g", "G" and custom formats such as "hh\:mm\:ss". */
    public static String timeSpan(Duration d, String f) {
        if (f.equals("c") || f.equals("t") || f.equals("T")) return LanguagePrimitives.timeSpanText(d);
        Duration a = d.abs();
        String sign = d.isNegative() ? "-" : "";
        long ticks = a.toNanosPart() / 100;
        if (f.equals("g")) {
            String s = sign + (a.toDays() > 0 ? a.toDays() + ":" : "") + a.toHoursPart() + ":"
                    + pad(a.toMinutesPart(), 2) + ":" + pad(a.toSecondsPart(), 2);
            return ticks > 0 ? s + "." + String.format(Locale.ROOT, "%07d", ticks).replaceAll("0+$", "") : s;
        }
        if (f.equals("G")) {
            return sign + a.toDays() + ":" + pad(a.toHoursPart(), 2) + ":" + pad(a.toMinutesPart(), 2) + ":"
                    + pad(a.toSecondsPart(), 2) + "." + String.format(Locale.ROOT, "%07d", ticks);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            int run = 1;
            while (i + run < f.length() && f.charAt(i + run) == c) run++;
            switch (c) {
                case 'd' -> out.append(pad((int) a.toDays(), run));
                case 'h' -> out.append(pad(a.toHoursPart(), Math.min(run, 2)));
                case 'm' -> out.append(pad(a.toMinutesPart(), Math.min(run, 2)));
                case 's' -> out.append(pad(a.toSecondsPart(), Math.min(run, 2)));
                case 'f', 'F' -> {
                    String frac = String.format(Locale.ROOT, "%07d", ticks).substring(0, Math.min(run, 7));
                    out.append(c == 'F' ? frac.replaceAll("0+$", "") : frac);
                }
                case '\\' -> {
                    if (i + 1 < f.length()) out.append(f.charAt(i + 1));
                    i += 2;
                    continue;
                }
                case '\'', '"' -> {
                    int close = f.indexOf(c, i + 1);
                    if (close < 0) close = f.length();
                    out.append(f, i + 1, close);
                    i = close + 1;
                    continue;
                }
                default -> throw CompositeFormat.formatError("Input string was not in a correct format.");
            }
            i += run;
        }
        return out.toString();
    }
}
