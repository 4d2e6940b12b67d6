package io.migsh.lang.interpreter;

import io.migsh.lang.ast.Expression;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Binary and unary operators: dispatch to arithmetic, comparison, regex, formatting and type operators. */
final class Operators {
    private final Session session;
    private final Evaluator evaluator;

    Operators(Session session, Evaluator evaluator) {
        this.session = session;
        this.evaluator = evaluator;
    }

    Object binary(Expression.Binary b) {
        String op = b.op();
        switch (op) {
            case "and":
                return LanguagePrimitives.toBool(evaluator.eval(b.left()))
                        && LanguagePrimitives.toBool(evaluator.eval(b.right()));
            case "or":
                return LanguagePrimitives.toBool(evaluator.eval(b.left()))
                        || LanguagePrimitives.toBool(evaluator.eval(b.right()));
            case "??": {
                Object left = AutomationNull.normalize(evaluator.eval(b.left()));
                return left != null ? left : evaluator.eval(b.right());
            }
            default:
                break;
        }
        Object l = evaluator.eval(b.left());
        Object r = evaluator.eval(b.right());
        switch (op) {
            case "+": return Arithmetic.add(l, r);
            case "-": return Arithmetic.subtract(l, r);
            case "*": return Arithmetic.multiply(l, r);
            case "/": return Arithmetic.divide(l, r);
            case "%": return Arithmetic.remainder(l, r);
            case "..": return range(l, r);
            case "f": return CompositeFormat.format(LanguagePrimitives.toText(l), formatArgs(r));
            case "xor": return LanguagePrimitives.toBool(l) ^ LanguagePrimitives.toBool(r);
            case "band", "bor", "bxor", "shl", "shr": return bitwise(op, l, r);
            case "is": return Casts.isInstance(l, type(r, "is"));
            case "isnot": return !Casts.isInstance(l, type(r, "isnot"));
            case "as": return Casts.tryConvert(l, type(r, "as"));
            case "join": return join(l, LanguagePrimitives.toText(r));
            default: break;
        }
        Comparison.Op cmp = Comparison.Op.of(op);
        switch (cmp.base()) {
            case "replace": return replace(l, r, !cmp.caseSensitive());
            case "split": return split(l, r, !cmp.caseSensitive());
            default: break;
        }
        if (Comparison.handles(cmp.base())) {
            return Comparison.evaluate(op, l, r, m -> session.scopes().current().set("Matches", m));
        }
        throw RuntimeErrors.runtime("Unexpected operator '-" + op + "'.", "UnexpectedOperator");
    }

    Object unary(Expression.Unary u) {
        switch (u.op()) {
            case "++", "--", "post++", "post--":
                return increment(u);
            default:
                break;
        }
        Object v = evaluator.eval(u.operand());
        return switch (u.op()) {
            case "-" -> Arithmetic.negate(v);
            case "+" -> v instanceof String s ? io.migsh.runtime.Conversions.toNumber(s, Double.class) : v;
            case "!", "not" -> !LanguagePrimitives.toBool(v);
            case "bnot" -> bnot(v);
            case "," -> {
                List<Object> one = new ArrayList<>(1);
                one.add(v);
                yield one;
            }
            case "join" -> join(v, "");
            case "split", "csplit", "isplit" -> splitWhitespace(v);
            default -> throw new IllegalStateException(u.op());
        };
    }

    private Object increment(Expression.Unary u) {
        Object old = evaluator.eval(u.operand());
        Object updated = u.op().endsWith("++") ? Arithmetic.add(old == null ? 0 : old, 1)
                : Arithmetic.subtract(old == null ? 0 : old, 1);
        Assignments.set(session, u.operand(), updated);
        return u.op().startsWith("post") ? (old == null ? 0 : old) : updated;
    }

    private static List<Object> formatArgs(Object r) {
        if (r instanceof List<?> l) return new ArrayList<>(l);
        List<Object> one = new ArrayList<>(1);
        one.add(r);
        return one;
    }

    static Object range(Object l, Object r) {
        if (l instanceof String a && r instanceof String b && a.length() == 1 && b.length() == 1
                && !Character.isDigit(a.charAt(0))) {
            List<Object> out = new ArrayList<>();
            char from = a.charAt(0);
            char to = b.charAt(0);
            int step = from <= to ? 1 : -1;
            for (int c = from; c != to + step; c += step) out.add((char) c);
            return out;
        }
        int from = ((Number) Casts.convert(l, TypeResolver.find("int"))).intValue();
        int to = ((Number) Casts.convert(r, TypeResolver.find("int"))).intValue();
        return new io.migsh.runtime.RangeList(from, to);
    }

    private static Object bitwise(String op, Object l, Object r) {
        long a = ((Number) Casts.convert(l, TypeResolver.find("long"))).longValue();
        long b = ((Number) Casts.convert(r, TypeResolver.find("long"))).longValue();
        long v = switch (op) {
            case "band" -> a & b;
            case "bor" -> a | b;
            case "bxor" -> a ^ b;
            case "shl" -> a << b;
            default -> a >> b;
        };
        boolean ints = !(l instanceof Long) && !(r instanceof Long);
        return ints && v == (int) v ? (Object) (int) v : (Object) v;
    }

    private static Object bnot(Object v) {
        long a = ((Number) Casts.convert(v, TypeResolver.find("long"))).longValue();
        return v instanceof Long ? (Object) ~a : (Object) (int) ~a;
    }

    private static TypeInfo type(Object r, String op) {
        if (r instanceof TypeInfo t) return t;
        if (r instanceof String s) {
            TypeInfo t = TypeResolver.find(s);
            if (t != null) return t;
            return TypeInfo.of(s.startsWith("[") ? s.substring(1, s.length() - 1) : s, TypeInfo.Kind.NAMED, null);
        }
        throw RuntimeErrors.runtime("The right operand of '-" + op + "' must be a type.",
                op.equals("as") ? "AsOperatorRequiresType" : "IsOperatorRequiresType");
    }

    static String join(Object l, String separator) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object item : LanguagePrimitives.isEnumerable(l) ? LanguagePrimitives.enumerate(l) : List.of(orEmpty(l))) {
            if (!first) sb.append(separator);
            sb.append(LanguagePrimitives.toText(item));
            first = false;
        }
        return sb.toString();
    }

    private static Object orEmpty(Object v) {
        return v == null ? "" : v;
    }

    private Object replace(Object l, Object r, boolean ignoreCase) {
        List<Object> args = r instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(List.of(orEmpty(r)));
        if (args.size() > 2) {
            throw RuntimeErrors.runtime("The -replace operator allows only two elements to follow it, not "
                    + args.size() + ".", "BadReplaceArgument");
        }
        Pattern p = RegexOps.pattern(args.get(0), ignoreCase);
        Object replacement = args.size() > 1 ? args.get(1) : "";
        if (LanguagePrimitives.isEnumerable(l)) {
            List<Object> out = new ArrayList<>();
            for (Object item : LanguagePrimitives.enumerate(l)) {
                out.add(RegexOps.replace(LanguagePrimitives.toText(item), p, replacement, MatchObject::of));
            }
            return out;
        }
        return RegexOps.replace(LanguagePrimitives.toText(l), p, replacement, MatchObject::of);
    }

    private Object split(Object l, Object r, boolean ignoreCase) {
        List<Object> args = r instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(List.of(orEmpty(r)));
        int limit = args.size() > 1 ? ((Number) Casts.convert(args.get(1), TypeResolver.find("int"))).intValue() : 0;
        String options = args.size() > 2 ? LanguagePrimitives.toText(args.get(2)).toLowerCase(Locale.ROOT) : "";
        List<Object> out = new ArrayList<>();
        for (Object item : LanguagePrimitives.isEnumerable(l) ? LanguagePrimitives.enumerate(l) : List.of(orEmpty(l))) {
            String text = LanguagePrimitives.toText(item);
            if (args.get(0) instanceof ScriptBlock sb) {
                out.addAll(splitWith(text, sb));
                continue;
            }
            String sep = LanguagePrimitives.toText(args.get(0));
            Pattern p = options.contains("simplematch")
                    ? Pattern.compile(Pattern.quote(sep), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                    : RegexOps.pattern(args.get(0), ignoreCase);
            out.addAll(RegexOps.split(text, p, limit));
        }
        return out;
    }

    private static List<Object> splitWith(String text, ScriptBlock predicate) {
        List<Object> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (LanguagePrimitives.toBool(predicate.invokeForValue(String.valueOf(c)))) {
                out.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        out.add(part.toString());
        return out;
    }

    /** Unary -split: on runs of white space, ignoring leading and trailing white space. */
    private static Object splitWhitespace(Object v) {
        List<Object> out = new ArrayList<>();
        for (Object item : LanguagePrimitives.isEnumerable(v) ? LanguagePrimitives.enumerate(v) : List.of(orEmpty(v))) {
            String t = LanguagePrimitives.toText(item).strip();
            if (t.isEmpty()) {
                out.add("");
                continue;
            }
            for (String s : t.split("\\s+")) out.add(s);
        }
        return out;
    }

    static PsHashtable noMatches() {
        return new PsHashtable();
    }
}
