package io.migsh.cmdlets.core;

import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.Members;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One -Property argument of Select-Object, Sort-Object, Group-Object, Measure-Object: a name (wildcards allowed),
 * a script block, or a calculated property {@code @{Name=...; Expression=...}} with optional extra keys.
 */
public final class PropertyExpression {
    /** One resolved value: the name it is shown under and the value it has on an object. */
    public record Value(String name, Object value) {}

    private final String name;
    private final ScriptBlock script;
    private final Map<String, Object> options;

    private PropertyExpression(String name, ScriptBlock script, Map<String, Object> options) {
        this.name = name;
        this.script = script;
        this.options = options;
    }

    /** Reads one argument; {@code allowedKeys} are the hashtable keys this cmdlet accepts besides Name/Expression. */
    public static PropertyExpression parse(Object spec, String... allowedKeys) {
        if (spec instanceof ScriptBlock sb) return new PropertyExpression(sb.text().trim(), sb, Map.of());
        if (spec instanceof Map<?, ?> map) return calculated(map, allowedKeys);
        return new PropertyExpression(LanguagePrimitives.toText(spec), null, Map.of());
    }

    private static PropertyExpression calculated(Map<?, ?> map, String... allowedKeys) {
        String label = null;
        Object expression = null;
        Map<String, Object> options = new java.util.LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            if (isPrefix(key, "name") || isPrefix(key, "label")) {
                label = LanguagePrimitives.toText(e.getValue());
            } else if (isPrefix(key, "expression")) {
                expression = e.getValue();
            } else {
                String option = null;
                for (String k : allowedKeys) if (isPrefix(key, k.toLowerCase(Locale.ROOT))) option = k;
                if (option == null) {
                    throw new PsException("System.NotSupportedException", "The " + e.getKey()
                            + " key is not valid.", "DictionaryKeyIllegal", ErrorCategory.InvalidArgument, null);
                }
                options.put(option, e.getValue());
            }
        }
        if (expression == null && label == null && !options.isEmpty()) {
            return new PropertyExpression(null, null, options);
        }
        if (expression == null) {
            throw new PsException("System.NotSupportedException", "The Expression key is missing.",
                    "DictionaryKeyMissing", ErrorCategory.InvalidArgument, null);
        }
        if (expression instanceof ScriptBlock sb) {
            return new PropertyExpression(label == null ? sb.text().trim() : label, sb, options);
        }
        String property = LanguagePrimitives.toText(expression);
        return new PropertyExpression(label == null ? property : label,
                new ScriptBlock() {
                    public List<Object> invoke(Object dollarUnder, Object... args) {
                        return java.util.Collections.singletonList(Members.get(dollarUnder, property));
                    }

                    public String text() {
                        return property;
                    }
                }, options);
    }

    private static boolean isPrefix(String key, String full) {
        return !key.isEmpty() && full.startsWith(key);
    }

    /** The values on one object: several when the name is a wildcard, none when nothing matches it. */
    public List<Value> evaluate(Object target) {
        List<Value> out = new ArrayList<>();
        if (script != null) {
            out.add(new Value(name, script.invokeForValue(target)));
        } else if (name != null && WildcardPattern.hasWildcards(name)) {
            WildcardPattern p = WildcardPattern.of(name, false);
            for (String n : Members.propertyNames(target)) if (p.matches(n)) out.add(new Value(n, Members.get(target, n)));
        } else if (name != null) {
            out.add(new Value(name, Members.get(target, name)));
        }
        return out;
    }

    /** The single value used as a sort or group key. */
    public Object keyOf(Object target) {
        List<Value> v = evaluate(target);
        return v.isEmpty() ? null : v.get(0).value();
    }

    public String name() {
        return name;
    }

    public boolean isCalculated() {
        return script != null;
    }

    public Object option(String key) {
        return options.get(key);
    }
}
