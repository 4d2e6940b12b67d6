package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** [Math]:: methods with .NET's result types; Round rounds half to even unless AwayFromZero is asked. */
final class MathStatics {
    private MathStatics() {}

    static Object invoke(String n, List<Object> args) {
        switch (n) {
            case "round": return round(args);
            case "floor": return integralResult(args.get(0), Math.floor(Args.real(args, 0)), RoundingMode.FLOOR);
            case "ceiling": return integralResult(args.get(0), Math.ceil(Args.real(args, 0)), RoundingMode.CEILING);
            case "truncate": return integralResult(args.get(0), (double) (long) Args.real(args, 0), RoundingMode.DOWN);
            case "abs": {
                Object v = number(args.get(0));
                if (v instanceof Integer i) return Math.abs(i);
                if (v instanceof Long l) return Math.abs(l);
                if (v instanceof BigDecimal d) return d.abs();
                return Math.abs(((Number) v).doubleValue());
            }
            case "max", "min": {
                Object a = number(args.get(0));
                Object b = number(args.get(1));
                int c = LanguagePrimitives.compareNumbers((Number) a, (Number) b);
                Object pick = n.equals("max") ? (c >= 0 ? a : b) : (c <= 0 ? a : b);
                if (a instanceof Double || b instanceof Double) return ((Number) pick).doubleValue();
                if (a instanceof Long || b instanceof Long) return ((Number) pick).longValue();
                return pick;
            }
            case "pow": return Math.pow(Args.real(args, 0), Args.real(args, 1));
            case "sqrt": return Math.sqrt(Args.real(args, 0));
            case "log": return args.size() > 1 ? Math.log(Args.real(args, 0)) / Math.log(Args.real(args, 1))
                    : Math.log(Args.real(args, 0));
            case "log10": return Math.log10(Args.real(args, 0));
            case "log2": return Math.log(Args.real(args, 0)) / Math.log(2);
            case "exp": return Math.exp(Args.real(args, 0));
            case "sign": return (int) Math.signum(Args.real(args, 0));
            case "sin": return Math.sin(Args.real(args, 0));
            case "cos": return Math.cos(Args.real(args, 0));
            case "tan": return Math.tan(Args.real(args, 0));
            case "atan": return Math.atan(Args.real(args, 0));
            default: return Methods.NOT_FOUND;
        }
    }

    private static Object number(Object v) {
        return v instanceof Number ? v : Conversions.toNumber(v, Double.class);
    }

    /** Floor and Ceiling return a Decimal for a Decimal, otherwise a Double. */
    private static Object integralResult(Object arg, double d, RoundingMode mode) {
        if (arg instanceof BigDecimal b) return b.setScale(0, mode);
        return d;
    }

    private static Object round(List<Object> args) {
        int digits = 0;
        RoundingMode mode = RoundingMode.HALF_EVEN;
        for (int i = 1; i < args.size(); i++) {
            Object a = args.get(i);
            String text = LanguagePrimitives.toText(a).toLowerCase(Locale.ROOT);
            if (text.contains("awayfromzero")) mode = RoundingMode.HALF_UP;
            else if (text.contains("toeven")) mode = RoundingMode.HALF_EVEN;
            else if (text.contains("tozero")) mode = RoundingMode.DOWN;
            else digits = Args.integer(args, i);
        }
        Object v = number(args.get(0));
        if (v instanceof BigDecimal d) return d.setScale(digits, mode);
        if (digits < 0 || digits > 15) throw new IllegalArgumentException("Rounding digits must be between 0 and 15, inclusive.");
        if (!Double.isFinite(((Number) v).doubleValue())) return v; // NaN and the infinities round to themselves
        BigDecimal exact = new BigDecimal(Double.toString(((Number) v).doubleValue()));
        return exact.setScale(digits, mode).doubleValue();
    }
}
