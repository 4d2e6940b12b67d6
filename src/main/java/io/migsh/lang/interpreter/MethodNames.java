package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names, in .NET's casing, of the methods {@link Methods} answers to on a value, for Tab completion after
 * {@code $var.}; MethodNamesTest calls each one so this list cannot name a method the interpreter lacks.
 */
public final class MethodNames {
    private static final List<String> UNIVERSAL = List.of("Equals", "GetHashCode", "GetType", "ToString");
    private static final List<String> STRING = List.of("Clone", "Contains", "EndsWith", "IndexOf", "Insert",
            "IsNormalized", "LastIndexOf", "Normalize", "PadLeft", "PadRight", "Remove", "Replace", "Split",
            "StartsWith", "Substring", "ToCharArray", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant",
            "Trim", "TrimEnd", "TrimStart");
    private static final List<String> LIST = List.of("Add", "AddRange", "Clear", "Clone", "Contains", "ForEach",
            "GetRange", "IndexOf", "Insert", "Remove", "RemoveAt", "Reverse", "Sort", "ToArray", "Where");
    private static final List<String> MAP = List.of("Add", "Clear", "Clone", "Contains", "ContainsKey",
            "ContainsValue", "GetEnumerator", "Remove");
    private static final List<String> DATE = List.of("Add", "AddDays", "AddHours", "AddMilliseconds", "AddMinutes",
            "AddMonths", "AddSeconds", "AddTicks", "AddYears", "IsDaylightSavingTime", "Subtract", "ToFileTime",
            "ToFileTimeUtc", "ToLocalTime", "ToLongDateString", "ToLongTimeString", "ToShortDateString",
            "ToShortTimeString", "ToUniversalTime");
    private static final List<String> TIME_SPAN = List.of("Add", "Duration", "Negate", "Subtract");

    private MethodNames() {}

    /** The value's methods, sorted by name, each once. */
    public static List<String> of(Object value) {
        List<String> names = new ArrayList<>(UNIVERSAL);
        if (value instanceof String || value instanceof Character) names.addAll(STRING);
        else if (value instanceof List<?>) names.addAll(LIST);
        else if (value instanceof Map<?, ?>) names.addAll(MAP);
        else if (PsDateTime.adapt(value) instanceof PsDateTime) names.addAll(DATE);
        else if (value instanceof Duration) names.addAll(TIME_SPAN);
        else if (LanguagePrimitives.isEnumerable(value)) names.addAll(List.of("ForEach", "Where"));
        return names.stream().distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
