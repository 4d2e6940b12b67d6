package io.migsh.cmdlets.format;

import io.migsh.format.Alignment;
import io.migsh.format.FormatProperty;
import io.migsh.format.ValueExpression;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads -Property and -GroupBy arguments of the Format-* cmdlets: names (wildcards allowed), script blocks, and
 * calculated properties {@code @{Label=...; Expression=...; Width=...; Alignment=...; FormatString=...}} whose keys
 * may be shortened to any unique prefix (n, l, e, w, a, f), as PowerShell's MshParameter does.
 */
final class PropertyArguments {
    static final List<String> TABLE_KEYS = List.of("Name", "Label", "Expression", "FormatString", "Width", "Alignment");
    static final List<String> LIST_KEYS = List.of("Name", "Label", "Expression", "FormatString");

    private PropertyArguments() {}

    static List<FormatProperty> parse(List<Object> arguments, List<String> keys) {
        List<FormatProperty> out = new ArrayList<>();
        if (arguments == null) return out;
        for (Object a : arguments) {
            for (Object item : LanguagePrimitives.enumerate(a)) out.add(one(item, keys));
        }
        return out;
    }

    static FormatProperty one(Object spec, List<String> keys) {
        if (spec instanceof ScriptBlock sb) {
            return new FormatProperty(sb.text().trim(), ValueExpression.script(sb), null, 0, Alignment.Undefined, null);
        }
        if (spec instanceof Map<?, ?> map) return calculated(map, keys);
        return FormatProperty.named(LanguagePrimitives.toText(spec));
    }

    private static FormatProperty calculated(Map<?, ?> map, List<String> keys) {
        String label = null;
        Object expression = null;
        String format = null;
        int width = 0;
        Alignment alignment = Alignment.Undefined;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = key(String.valueOf(e.getKey()), keys);
            Object v = e.getValue();
            switch (key) {
                case "Name", "Label" -> label = LanguagePrimitives.toText(v);
                case "Expression" -> expression = v;
                case "FormatString" -> format = LanguagePrimitives.toText(v);
                case "Width" -> width = width(v);
                default -> alignment = alignment(v);
            }
        }
        if (expression == null) {
            throw new PsException("System.NotSupportedException", "The Expression key is missing.",
                    "DictionaryKeyMissing", ErrorCategory.InvalidArgument, null);
        }
        if (expression instanceof ScriptBlock sb) {
            String name = label != null ? label : sb.text().trim();
            return new FormatProperty(name, ValueExpression.script(sb), label, width, alignment, format);
        }
        String property = LanguagePrimitives.toText(expression);
        return new FormatProperty(property, label == null ? null : ValueExpression.property(property), label, width,
                alignment, format);
    }

    /** The full key a written key stands for: a unique prefix of one allowed key (Name and Label are one). */
    private static String key(String written, List<String> keys) {
        String w = written.toLowerCase(Locale.ROOT);
        List<String> matches = new ArrayList<>();
        for (String k : keys) {
            if (k.toLowerCase(Locale.ROOT).startsWith(w)) matches.add(k);
        }
        if (matches.size() == 2 && matches.contains("Name") && matches.contains("Label")) return "Name";
        if (matches.size() == 1 && !w.isEmpty()) return matches.get(0);
        if (matches.isEmpty()) {
            throw new PsException("System.NotSupportedException", "The " + written + " key is not valid.",
                    "DictionaryKeyIllegal", ErrorCategory.InvalidArgument, written);
        }
        throw new PsException("System.NotSupportedException", "The key " + written + " is ambiguous.",
                "DictionaryKeyAmbiguous", ErrorCategory.InvalidArgument, written);
    }

    private static int width(Object v) {
        int w = ((Number) io.migsh.runtime.Conversions.convert(v, Integer.class)).intValue();
        if (w < 1) {
            throw new PsException("System.ArgumentOutOfRangeException",
                    "The Width key has a value that is not valid: " + w + ". Width must be greater than 0.",
                    "FormatWidthNotPositive", ErrorCategory.InvalidArgument, v);
        }
        return w;
    }

    private static Alignment alignment(Object v) {
        String s = LanguagePrimitives.toText(v).toLowerCase(Locale.ROOT);
        for (Alignment a : List.of(Alignment.Left, Alignment.Center, Alignment.Right)) {
            if (!s.isEmpty() && a.name().toLowerCase(Locale.ROOT).startsWith(s)) return a;
        }
        throw new PsException("System.NotSupportedException", "The Alignment key has a value that is not valid: "
                + LanguagePrimitives.toText(v) + ". Alignment must be Left, Center, or Right.",
                "FormatAlignmentNotValid", ErrorCategory.InvalidArgument, v);
    }
}
