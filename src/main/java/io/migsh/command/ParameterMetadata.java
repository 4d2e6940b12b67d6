package io.migsh.command;

import java.util.List;
import java.util.Locale;

/**
 * One parameter of a command, compiled once from its declaration. Binding, completion, Get-Help and Get-Command
 * all read this record.
 */
public record ParameterMetadata(
        String name,
        Class<?> type,
        boolean isSwitch,
        int position,
        boolean mandatory,
        List<String> aliases,
        List<String> sets,
        boolean fromPipeline,
        boolean fromPipelineByPropertyName,
        boolean fromRemainingArguments,
        List<String> validateSet,
        boolean validateNotNullOrEmpty,
        List<Long> validateRange,
        boolean allowNull,
        boolean allowEmptyString,
        Object defaultValue,
        String helpMessage,
        String completion,
        boolean common) {

    public static final String ALL_SETS = "__AllParameterSets";

    /** A plain parameter: typed, optionally positional, in all sets. */
    public static ParameterMetadata simple(String name, Class<?> type, int position, boolean mandatory) {
        return new ParameterMetadata(name, type, false, position, mandatory, List.of(), List.of(), false, false,
                false, List.of(), false, List.of(), false, false, null, "", "", false);
    }

    public static ParameterMetadata switchParameter(String name) {
        return new ParameterMetadata(name, Boolean.class, true, -1, false, List.of(), List.of(), false, false,
                false, List.of(), false, List.of(), false, false, null, "", "", false);
    }

    public boolean inSet(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    /** True when name is this parameter's name or one of its aliases (case-insensitive). */
    public boolean answersTo(String n) {
        if (name.equalsIgnoreCase(n)) return true;
        for (String a : aliases) if (a.equalsIgnoreCase(n)) return true;
        return false;
    }

    public boolean hasPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).startsWith(p)) return true;
        for (String a : aliases) if (a.toLowerCase(Locale.ROOT).startsWith(p)) return true;
        return false;
    }

    public boolean takesMany() {
        return type.isArray() || type == List.class;
    }
}
