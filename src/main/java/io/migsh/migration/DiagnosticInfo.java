package io.migsh.migration;

import io.migsh.migration.model.StatusChange;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The DiagnosticInfo XML that Exchange Online fills for {@code -DiagnosticInfo "showtimeslots, showtimeline,
 * verbose"}: a timeline of status changes, the time spent in each status, and (verbose) the object's settings.
 */
public final class DiagnosticInfo {
    private DiagnosticInfo() {}

    /** The tokens asked for, lower-cased ("showtimeslots=..." counts as showtimeslots). */
    public static Set<String> tokens(String argument) {
        Set<String> out = new TreeSet<>();
        if (argument == null) return out;
        for (String t : argument.split("[,;]")) {
            String token = t.strip().toLowerCase(Locale.ROOT);
            int eq = token.indexOf('=');
            if (eq >= 0) token = token.substring(0, eq);
            if (!token.isEmpty()) out.add(token);
        }
        return out;
    }

    /** The XML for an object: {@code details} are verbose name/value pairs shown in order. */
    public static String xml(String argument, String objectType, String identity, Timeline timeline,
            Map<String, Object> details) {
        Set<String> tokens = tokens(argument);
        boolean all = tokens.isEmpty();
        StringBuilder x = new StringBuilder("<DiagnosticInfo>");
        x.append("<").append(objectType).append(" Identity=\"").append(escape(identity)).append("\">");
        if (all || tokens.contains("showtimeline")) {
            x.append("<Timeline>");
            for (StatusChange c : timeline.changes()) {
                x.append("<Entry Time=\"").append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.at())).append('"');
                if (c.fromStatus() != null) x.append(" From=\"").append(c.fromStatus()).append('"');
                x.append(" To=\"").append(c.toStatus()).append('"');
                if (c.detail() != null) x.append(" Detail=\"").append(escape(c.detail())).append('"');
                x.append("/>");
            }
            x.append("</Timeline>");
        }
        if (all || tokens.contains("showtimeslots")) {
            x.append("<TimeSlots>");
            for (Map.Entry<String, Duration> e : timeline.timeIn().entrySet()) {
                x.append("<Slot Status=\"").append(e.getKey()).append("\" Duration=\"")
                        .append(timeSpan(e.getValue())).append("\"/>");
            }
            x.append("</TimeSlots>");
        }
        if (tokens.contains("verbose")) {
            x.append("<Properties>");
            for (Map.Entry<String, Object> e : details.entrySet()) {
                Object v = e.getValue() instanceof java.time.OffsetDateTime t
                        ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) : e.getValue();
                x.append("<").append(e.getKey()).append(">").append(escape(String.valueOf(v)))
                        .append("</").append(e.getKey()).append(">");
            }
            x.append("</Properties>");
        }
        return x.append("</").append(objectType).append("></DiagnosticInfo>").toString();
    }

    /** A TimeSpan as .NET prints it: [d.]hh:mm:ss. */
    public static String timeSpan(Duration d) {
        long s = d.getSeconds();
        String hms = String.format(Locale.ROOT, "%02d:%02d:%02d", (s / 3600) % 24, (s / 60) % 60, s % 60);
        return s >= 86400 ? (s / 86400) + "." + hms : hms;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
