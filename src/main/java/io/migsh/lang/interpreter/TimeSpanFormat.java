package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import java.time.Duration;
import java.util.Locale;

/** TimeSpan.ToString(format) in the en-US culture; dates are formatted by {@link io.migsh.runtime.DotNetFormat}. */
final class TimeSpanFormat {
    private TimeSpanFormat() {}

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
