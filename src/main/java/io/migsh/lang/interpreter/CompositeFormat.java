package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import java.util.List;

/** .NET composite formatting for -f and [string]::Format: {index[,alignment][:format]} with {{ and }} escapes. */
public final class CompositeFormat {
    private CompositeFormat() {}

    public static String format(String template, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < n && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int close = template.indexOf('}', i);
                if (close < 0) throw formatError("Input string was not in a correct format.");
                out.append(item(template.substring(i + 1, close), args));
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < n && template.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw formatError("Input string was not in a correct format.");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String item(String spec, List<Object> args) {
        String format = null;
        int colon = spec.indexOf(':');
        if (colon >= 0) {
            format = spec.substring(colon + 1);
            spec = spec.substring(0, colon);
        }
        int alignment = 0;
        int comma = spec.indexOf(',');
        if (comma >= 0) {
            try {
                alignment = Integer.parseInt(spec.substring(comma + 1).trim());
            } catch (NumberFormatException e) {
                throw formatError("Input string was not in a correct format.");
            }
            spec = spec.substring(0, comma);
        }
        int index;
        try {
            index = Integer.parseInt(spec.trim());
        } catch (NumberFormatException e) {
            throw formatError("Input string was not in a correct format.");
        }
        if (index < 0 || index >= args.size()) {
            throw formatError("Index (zero based) must be greater than or equal to zero and less than the size of the "
                    + "argument list.");
        }
        String text = ValueFormat.format(args.get(index), format);
        if (Math.abs(alignment) > text.length()) {
            String pad = " ".repeat(Math.abs(alignment) - text.length());
            text = alignment > 0 ? pad + text : text + pad;
        }
        return text;
    }

    static PsException formatError(String why) {
        return RuntimeErrors.runtime("Error formatting a string: " + why + ".", "FormatError");
    }

    /** The text a value gives in -f without a format string. */
    static String plain(Object v) {
        return LanguagePrimitives.toText(v);
    }
}
