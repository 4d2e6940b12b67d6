package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import java.util.List;

/** Method arguments converted as .NET overload resolution would for the common cases. */
final class Args {
    private Args() {}

    static int integer(List<Object> args, int i) {
        return ((Number) Conversions.convert(args.get(i), Integer.class)).intValue();
    }

    static double real(List<Object> args, int i) {
        return ((Number) Conversions.convert(args.get(i), Double.class)).doubleValue();
    }

    static String text(List<Object> args, int i) {
        return LanguagePrimitives.toText(args.get(i));
    }

    static boolean ignoreCase(List<Object> args, int i) {
        if (args.size() <= i) return false;
        Object v = args.get(i);
        if (v instanceof Boolean b) return b;
        return LanguagePrimitives.toText(v).toLowerCase(java.util.Locale.ROOT).contains("ignorecase");
    }

    /** A method that .NET would reject for this argument count. */
    static RuntimeException count(String method, int n) {
        return RuntimeErrors.runtime("Cannot find an overload for \"" + method + "\" and the argument count: \"" + n
                + "\".", "MethodCountCouldNotFindBest");
    }
}
