package io.migsh.lang.interpreter;

import io.migsh.runtime.Conversions;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsDateTime;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.TimeSpans;
import io.migsh.runtime.TypeNames;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * + - * / % with PowerShell's rules (about_Arithmetic_Operators): the left operand decides; strings concatenate and
 * repeat, arrays concatenate and repeat, hashtables merge, numbers widen (an Int32 result that overflows becomes a
 * Double, and integer division that is not exact yields a Double).
 */
public final class Arithmetic {
    private Arithmetic() {}

    /** A date or time-span operator: PowerShell reports what .NET throws there as a failed call of its method. */
    private static <T> T operator(String method, int arguments, java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw RuntimeErrors.methodFailed(method, arguments, e.getMessage(), e.getClass().getSimpleName());
        }
    }

    public static Object add(Object left, Object right) {
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        if (l == null) return r instanceof List<?> list ? new ArrayList<Object>(list) : r;
        if (l instanceof String s) return s + LanguagePrimitives.toText(r);
        if (l instanceof Character c) return String.valueOf(c) + LanguagePrimitives.toText(r);
        if (l instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size() + 1);
            out.addAll(list);
            if (r instanceof List<?> rl) out.addAll(rl);
            else out.add(r);
            return out;
        }
        if (l instanceof Map<?, ?> m) return mergeTables(m, r);
        l = PsDateTime.adapt(l);
        if (l instanceof PsDateTime d && r instanceof Duration t) return operator("op_Addition", 2, () -> d.plus(t));
        if (l instanceof Duration d && r instanceof Duration t) return operator("op_Addition", 2, () -> TimeSpans.plus(d, t));
        if (l instanceof Duration d && PsDateTime.adapt(r) instanceof PsDateTime t) {
            return operator("op_Addition", 2, () -> t.plus(d));
        }
        if (isNumeric(l)) return numeric('+', number(l), operand(r, l));
        throw opNotDefined(l, "op_Addition");
    }

    /** Text on the left of -, / and % is read as a number, as PowerShell does ('10' / 4 is 2.5). */
    public static Object subtract(Object left, Object right) {
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        if (l == null) l = 0;
        if (PsDateTime.adapt(l) instanceof PsDateTime d) {
            if (PsDateTime.adapt(r) instanceof PsDateTime o) return d.minus(o);
            if (r instanceof Duration t) return operator("op_Subtraction", 2, () -> d.minus(t));
        }
        if (l instanceof Duration d && r instanceof Duration t) {
            return operator("op_Subtraction", 2, () -> TimeSpans.minus(d, t));
        }
        if (isNumeric(l)) return numeric('-', number(l), operand(r, l));
        if (l instanceof String) return numeric('-', operand(l, 0), operand(r, 0));
        throw opNotDefined(l, "op_Subtraction");
    }

    public static Object multiply(Object left, Object right) {
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        if (l == null) return null;
        if (l instanceof String s) return s.repeat(repeated(s.length(), count(r)));
        if (l instanceof List<?> list) {
            int n = repeated(list.size(), count(r));
            List<Object> out = new ArrayList<>(list.size() * n);
            for (int i = 0; i < n; i++) out.addAll(list);
            return out;
        }
        if (isNumeric(l)) return numeric('*', number(l), operand(r, l));
        if (l instanceof Duration d && isNumeric(r)) {
            return operator("op_Multiply", 2, () -> TimeSpans.multiply(d, number(r).doubleValue()));
        }
        throw opNotDefined(l, "op_Multiply");
    }

    public static Object divide(Object left, Object right) {
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        if (l == null) l = 0;
        if (l instanceof Duration d && r instanceof Duration t) {
            return operator("op_Division", 2, () -> (double) TimeSpans.ticks(d) / TimeSpans.ticks(t));
        }
        if (l instanceof Duration d && isNumeric(r)) {
            return operator("op_Division", 2, () -> TimeSpans.divide(d, number(r).doubleValue()));
        }
        if (isNumeric(l)) return numeric('/', number(l), operand(r, l));
        if (l instanceof String) return numeric('/', operand(l, 0), operand(r, 0));
        throw opNotDefined(l, "op_Division");
    }

    public static Object remainder(Object left, Object right) {
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        if (l == null) l = 0;
        if (isNumeric(l)) return numeric('%', number(l), operand(r, l));
        if (l instanceof String) return numeric('%', operand(l, 0), operand(r, 0));
        throw opNotDefined(l, "op_Modulus");
    }

    public static Object negate(Object value) {
        Object v = AutomationNull.normalize(value);
        if (v == null) return 0;
        if (v instanceof Duration d) return operator("op_UnaryNegation", 1, () -> TimeSpans.negate(d));
        return numeric('-', 0, operand(v, 0));
    }

    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>;
    }

    private static Number number(Object v) {
        return Conversions.toNumber(v, Double.class);
    }

    /** The right operand as a number; text that is not one fails with PowerShell's conversion error. */
    private static Number operand(Object r, Object left) {
        if (r == null) return 0;
        if (r instanceof Number n) return n;
        if (r instanceof Boolean || r instanceof Character || r instanceof Enum<?>) return number(r);
        try {
            return Conversions.toNumber(r, Double.class);
        } catch (NumberFormatException e) {
            Class<?> target = left instanceof Number n && !(left instanceof Integer) ? n.getClass() : Integer.class;
            Conversions.convert(r, target);
            throw e;
        } catch (PsException e) {
            throw e;
        } catch (RuntimeException e) {
            Conversions.convert(r, Integer.class);
            throw e;
        }
    }

    /** The right side of 'text' * n and @(...) * n: an Int32, as PowerShell converts it. */
    private static int count(Object r) {
        Object n = operand(r, 0);
        return Math.max(0, (Integer) Conversions.convert(n, Integer.class));
    }

    /** A repetition that could not be held is .NET's OutOfMemoryException, not a failure of the whole shell. */
    private static int repeated(long size, int count) {
        if (size * count > Integer.MAX_VALUE - 8) {
            throw new PsException("System.OutOfMemoryException", "Exception of type 'System.OutOfMemoryException' was "
                    + "thrown.", "System.OutOfMemoryException", io.migsh.runtime.ErrorCategory.NotSpecified, null);
        }
        return count;
    }

    /** Arithmetic on two numbers with .NET's widening: Int32, Int64, Decimal, Double. */
    public static Number numeric(char op, Number a, Number b) {
        if (isFloating(a) || isFloating(b)) return doubles(op, a.doubleValue(), b.doubleValue());
        if (a instanceof BigDecimal || b instanceof BigDecimal) return decimals(op, decimal(a), decimal(b));
        long x = a.longValue();
        long y = b.longValue();
        boolean ints = a instanceof Integer && b instanceof Integer;
        try {
            long r;
            switch (op) {
                case '+' -> r = Math.addExact(x, y);
                case '-' -> r = Math.subtractExact(x, y);
                case '*' -> r = Math.multiplyExact(x, y);
                case '/' -> {
                    if (y == 0) throw RuntimeErrors.divideByZero();
                    if (x % y != 0) return (double) x / (double) y;
                    r = x / y;
                }
                case '%' -> {
                    if (y == 0) throw RuntimeErrors.divideByZero();
                    r = x % y;
                }
                default -> throw new IllegalArgumentException(String.valueOf(op));
            }
            if (ints && r == (int) r) return (int) r;
            if (ints) return (double) r;
            return r;
        } catch (ArithmeticException overflow) {
            return doubles(op, x, y);
        }
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    private static Number doubles(char op, double x, double y) {
        return switch (op) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> x * y;
            case '/' -> {
                if (y == 0) throw RuntimeErrors.divideByZero();
                yield x / y;
            }
            default -> {
                if (y == 0) throw RuntimeErrors.divideByZero();
                yield x % y;
            }
        };
    }

    private static Number decimals(char op, BigDecimal x, BigDecimal y) {
        return switch (op) {
            case '+' -> x.add(y);
            case '-' -> x.subtract(y);
            case '*' -> x.multiply(y);
            case '/' -> {
                if (y.signum() == 0) throw RuntimeErrors.divideByZero();
                yield x.divide(y, MathContext.DECIMAL128).stripTrailingZeros();
            }
            default -> {
                if (y.signum() == 0) throw RuntimeErrors.divideByZero();
                yield x.remainder(y);
            }
        };
    }

    private static Object mergeTables(Map<?, ?> m, Object r) {
        if (!(r instanceof Map<?, ?> other)) {
            throw RuntimeErrors.runtime("A hash table can only be added to another hash table.",
                    "AddHashTableToNonHashTable");
        }
        PsHashtable out = new PsHashtable(m instanceof PsHashtable h && h.isOrdered());
        out.putAll(m);
        for (Map.Entry<?, ?> e : other.entrySet()) {
            if (out.containsKey(e.getKey())) {
                throw RuntimeErrors.methodFailed("op_Addition", 2, "Item has already been added. Key in dictionary: '"
                        + e.getKey() + "'  Key being added: '" + e.getKey() + "'", "ArgumentException");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static PsException opNotDefined(Object l, String method) {
        return RuntimeErrors.methodNotFound(TypeNames.name(l), method);
    }
}
