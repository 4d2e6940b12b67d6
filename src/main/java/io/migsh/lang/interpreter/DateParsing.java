package io.migsh.lang.interpreter;

import io.migsh.runtime.DateTimeKind;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** [DateTime]::ParseExact with a .NET custom format, translated to a java.time pattern. */
final class DateParsing {
    private DateParsing() {}

    static PsDateTime parseExact(String text, String format) {
        return parseExact(text, format, 2);
    }

    /**
     * DateTime.ParseExact called with {@code argCount} arguments (the count appears in the error): a reading with a
     * zone is converted to local time (Kind Local), one without is Kind Unspecified, as .NET parses them.
     */
    static PsDateTime parseExact(String text, String format, int argCount) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(javaPattern(format), Locale.US);
        try {
            try {
                return PsDateTime.local(OffsetDateTime.parse(text, f).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return PsDateTime.of(LocalDateTime.parse(text, f), DateTimeKind.Unspecified);
                } catch (DateTimeParseException e2) {
                    return PsDateTime.of(LocalDate.parse(text, f).atStartOfDay(), DateTimeKind.Unspecified);
                }
            }
        } catch (DateTimeParseException e) {
            throw new PsException("System.Management.Automation.MethodInvocationException",
                    "Exception calling \"ParseExact\" with \"" + argCount + "\" argument(s): \"String '" + text
                            + "' was not recognized as a valid DateTime.\"", "FormatException", ErrorCategory.NotSpecified,
                    null);
        }
    }

    static String javaPattern(String f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            int run = 1;
            while (i + run < f.length() && f.charAt(i + run) == c) run++;
            switch (c) {
                case 'y' -> sb.append(run == 2 ? "yy" : "yyyy");
                case 'M' -> sb.append("M".repeat(run));
                case 'd' -> sb.append(run <= 2 ? "d".repeat(run) : run == 3 ? "EEE" : "EEEE");
                case 'H', 'h', 'm', 's' -> sb.append(String.valueOf(c).repeat(Math.min(run, 2)));
                case 'f', 'F' -> sb.append("S".repeat(run));
                case 't' -> sb.append("a");
                case 'z' -> sb.append(run >= 3 ? "xxx" : "x");
                case 'K' -> sb.append("XXX");
                case '\'', '"' -> {
                    int close = f.indexOf(c, i + 1);
                    if (close < 0) close = f.length();
                    sb.append('\'').append(f, i + 1, close).append('\'');
                    i = close;
                    continue;
                }
                case '\\' -> {
                    if (i + 1 < f.length()) sb.append('\'').append(f.charAt(i + 1)).append('\'');
                    i++;
                    continue;
                }
                default -> {
                    if (Character.isLetter(c)) sb.append('\'').append(String.valueOf(c).repeat(run)).append('\'');
                    else sb.append(String.valueOf(c).repeat(run));
                }
            }
            i += run - 1;
        }
        return sb.toString();
    }
}
