package io.migsh.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Property reads on any pipeline value: PsObject properties, hashtable keys, and the .NET properties admins use on
 * plain values (a string's Length, a list's Count, a date's Year, a time span's TotalSeconds).
 */
public final class Members {
    private Members() {}

    /** True when the value has a property of that name (used to decide between a property and enumeration). */
    public static boolean has(Object target, String name) {
        if (target instanceof PsObject o) return o.has(name);
        if (target instanceof AdaptedProperties a && a.hasProperty(name)) return true;
        if (target instanceof Map<?, ?> m) return m.containsKey(name) || "Count".equalsIgnoreCase(name)
                || "Keys".equalsIgnoreCase(name) || "Values".equalsIgnoreCase(name);
        return intrinsic(target, name) != NONE;
    }

    /** A property's value, or null when there is none (PowerShell returns $null for a missing property). */
    public static Object get(Object target, String name) {
        if (target == null) return null;
        if (target instanceof PsObject o) return o.get(name);
        if (target instanceof AdaptedProperties a && a.hasProperty(name)) return a.property(name);
        if (target instanceof Map<?, ?> m) {
            if (m.containsKey(name)) return m.get(name);
            String n = name.toLowerCase(Locale.ROOT);
            return switch (n) {
                case "count" -> m.size();
                case "keys" -> new ArrayList<Object>(m.keySet());
                case "values" -> new ArrayList<Object>(m.values());
                default -> null;
            };
        }
        Object v = intrinsic(target, name);
        return v == NONE ? null : v;
    }

    /** The names of a value's properties, in display order (Select-Object *, Format-List *, Get-Member). */
    public static List<String> propertyNames(Object target) {
        if (target instanceof PsObject o) return o.propertyNames();
        if (target instanceof AdaptedProperties a) return a.propertyNames();
        if (target instanceof String || target instanceof SecureString) return List.of("Length");
        if (target instanceof Collection<?>) return List.of("Count", "Length");
        if (target instanceof PsDateTime || target instanceof OffsetDateTime) {
            return List.of("Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute",
                    "Month", "Second", "Ticks", "TimeOfDay", "Year", "DateTime");
        }
        if (target instanceof Duration) {
            return List.of("Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays",
                    "TotalHours", "TotalMilliseconds", "TotalMinutes", "TotalSeconds");
        }
        if (target != null && target.getClass().isRecord()) {
            List<String> names = new ArrayList<>();
            for (RecordComponent c : target.getClass().getRecordComponents()) names.add(capitalize(c.getName()));
            return names;
        }
        return List.of();
    }

    private static final Object NONE = new Object();

    private static Object intrinsic(Object t, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (t instanceof String s) return n.equals("length") ? s.length() : NONE;
        if (t instanceof Collection<?> c) return n.equals("count") || n.equals("length") ? c.size() : NONE;
        if (t instanceof Object[] a) return n.equals("count") || n.equals("length") ? a.length : NONE;
        if (t instanceof byte[] a) return n.equals("count") || n.equals("length") ? a.length : NONE;
        if (t instanceof PsDateTime d) return dateProperty(d, n);
        if (t instanceof OffsetDateTime d) return dateProperty(PsDateTime.from(d), n);
        if (t instanceof Duration d) return timeSpanProperty(d, n);
        if (t instanceof ErrorRecord e) return errorProperty(e, n);
        if (t instanceof SecureString s) return n.equals("length") ? s.length() : NONE;
        if (t instanceof PsException e) return n.equals("message") ? e.getMessage() : n.equals("errorrecord") ? e.record() : NONE;
        if (t.getClass().isRecord()) {
            for (RecordComponent c : t.getClass().getRecordComponents()) {
                if (c.getName().equalsIgnoreCase(name)) return PsDateTime.adapt(read(c.getAccessor(), t));
            }
        }
        return NONE;
    }

    private static Object dateProperty(PsDateTime date, String n) {
        java.time.LocalDateTime d = date.wall();
        return switch (n) {
            case "year" -> d.getYear();
            case "month" -> d.getMonthValue();
            case "day" -> d.getDayOfMonth();
            case "hour" -> d.getHour();
            case "minute" -> d.getMinute();
            case "second" -> d.getSecond();
            case "millisecond" -> d.getNano() / 1_000_000;
            case "dayofweek" -> capitalize(d.getDayOfWeek().name().toLowerCase(Locale.ROOT));
            case "dayofyear" -> d.getDayOfYear();
            case "date" -> date.withWall(d.toLocalDate().atStartOfDay());
            case "timeofday" -> Duration.ofNanos(d.toLocalTime().toNanoOfDay());
            case "ticks" -> date.ticks();
            case "kind" -> date.kind();
            case "datetime" -> LanguagePrimitives.toText(date);
            default -> NONE;
        };
    }

    /** TimeSpan's properties, from its ticks: the parts keep the span's sign, as .NET's do. */
    private static Object timeSpanProperty(Duration d, String n) {
        long ticks = TimeSpans.ticks(d);
        return switch (n) {
            case "ticks" -> ticks;
            case "days" -> (int) (ticks / TimeSpans.TICKS_PER_DAY);
            case "hours" -> (int) (ticks / TimeSpans.TICKS_PER_HOUR % 24);
            case "minutes" -> (int) (ticks / TimeSpans.TICKS_PER_MINUTE % 60);
            case "seconds" -> (int) (ticks / TimeSpans.TICKS_PER_SECOND % 60);
            case "milliseconds" -> (int) (ticks / TimeSpans.TICKS_PER_MILLISECOND % 1000);
            case "totaldays" -> TimeSpans.total(d, TimeSpans.TICKS_PER_DAY);
            case "totalhours" -> TimeSpans.total(d, TimeSpans.TICKS_PER_HOUR);
            case "totalminutes" -> TimeSpans.total(d, TimeSpans.TICKS_PER_MINUTE);
            case "totalseconds" -> TimeSpans.total(d, TimeSpans.TICKS_PER_SECOND);
            case "totalmilliseconds" -> TimeSpans.total(d, TimeSpans.TICKS_PER_MILLISECOND);
            default -> NONE;
        };
    }

    private static Object errorProperty(ErrorRecord e, String n) {
        return switch (n) {
            case "exception" -> new PsException(e);
            case "fullyqualifiederrorid" -> e.fullyQualifiedErrorId();
            case "targetobject" -> e.targetObject();
            case "categoryinfo" -> ErrorCategoryInfo.of(e);
            case "message" -> e.message();
            default -> NONE;
        };
    }

    private static Object read(Method accessor, Object target) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
