package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The comparison operators (about_Comparison_Operators): case-insensitive unless the c- form is used; with a
 * collection on the left, -eq, -like, -match and friends filter it instead of answering true or false.
 */
public final class Comparison {
    private Comparison() {}

    /** The operator without its c/i prefix, and whether it compares case-sensitively. */
    public record Op(String base, boolean caseSensitive) {
        public static Op of(String op) {
            if (op.length() > 2 && (op.charAt(0) == 'c' || op.charAt(0) == 'i') && isBase(op.substring(1))) {
                return new Op(op.substring(1), op.charAt(0) == 'c');
            }
            return new Op(op, false);
        }

        private static boolean isBase(String s) {
            return switch (s) {
                case "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
                        "notcontains", "in", "notin", "replace", "split" -> true;
                default -> false;
            };
        }
    }

    /** True for operators this class evaluates. */
    public static boolean handles(String base) {
        return switch (base) {
            case "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains",
                    "notcontains", "in", "notin" -> true;
            default -> false;
        };
    }

    public static Object evaluate(String operator, Object left, Object right, Consumer<PsHashtable> setMatches) {
        Op op = Op.of(operator);
        boolean ignoreCase = !op.caseSensitive();
        Object l = AutomationNull.normalize(left);
        Object r = AutomationNull.normalize(right);
        switch (op.base()) {
            case "contains":
                return contains(l, r, ignoreCase);
            case "notcontains":
                return !contains(l, r, ignoreCase);
            case "in":
                return contains(r, l, ignoreCase);
            case "notin":
                return !contains(r, l, ignoreCase);
            default:
                break;
        }
        if (LanguagePrimitives.isEnumerable(l)) {
            List<Object> out = new ArrayList<>();
            for (Object item : LanguagePrimitives.enumerate(l)) {
                if (test(op.base(), item, r, ignoreCase, null)) out.add(item);
            }
            return out;
        }
        return test(op.base(), l, r, ignoreCase, setMatches);
    }

    private static boolean contains(Object collection, Object item, boolean ignoreCase) {
        for (Object e : LanguagePrimitives.isEnumerable(collection) ? LanguagePrimitives.enumerate(collection)
                : java.util.Collections.singletonList(collection)) {
            if (LanguagePrimitives.areEqual(e, item, ignoreCase)) return true;
        }
        return false;
    }

    static boolean test(String base, Object l, Object r, boolean ignoreCase, Consumer<PsHashtable> setMatches) {
        switch (base) {
            case "eq":
                return equal(l, r, ignoreCase);
            case "ne":
                return !equal(l, r, ignoreCase);
            case "gt":
                return compare(l, r, ignoreCase) > 0;
            case "ge":
                return compare(l, r, ignoreCase) >= 0;
            case "lt":
                return compare(l, r, ignoreCase) < 0;
            case "le":
                return compare(l, r, ignoreCase) <= 0;
            case "like":
                return WildcardPattern.matches(LanguagePrimitives.toText(l), LanguagePrimitives.toText(r), ignoreCase);
            case "notlike":
                return !WildcardPattern.matches(LanguagePrimitives.toText(l), LanguagePrimitives.toText(r), ignoreCase);
            case "match":
            case "notmatch": {
                Matcher m = RegexOps.pattern(r, ignoreCase).matcher(LanguagePrimitives.toText(l));
                boolean found = m.find();
                if (found && setMatches != null) setMatches.accept(RegexOps.matches(m));
                return base.equals("match") == found;
            }
            default:
                throw new IllegalArgumentException(base);
        }
    }

    public static boolean equal(Object l, Object r, boolean ignoreCase) {
        if (l == null || r == null) return l == r;
        int fast = fastCompare(l, r);
        if (fast != NOT_FAST) return fast == 0;
        if (l instanceof Number && r instanceof String s && s.isBlank()) return false;
        return LanguagePrimitives.areEqual(l, r, ignoreCase);
    }

    private static final int NOT_FAST = Integer.MIN_VALUE;

    /** Int32/Int64/Double pairs compared directly (the general path converts through BigInteger). */
    static int fastCompare(Object l, Object r) {
        if ((l instanceof Integer || l instanceof Long) && (r instanceof Integer || r instanceof Long)) {
            return Long.compare(((Number) l).longValue(), ((Number) r).longValue());
        }
        if ((l instanceof Double || l instanceof Integer || l instanceof Long)
                && (r instanceof Double || r instanceof Integer || r instanceof Long)) {
            return Double.compare(((Number) l).doubleValue(), ((Number) r).doubleValue());
        }
        return NOT_FAST;
    }

    private static int compare(Object l, Object r, boolean ignoreCase) {
        int fast = l == null || r == null ? NOT_FAST : fastCompare(l, r);
        if (fast != NOT_FAST) return fast;
        if (l instanceof Number && r instanceof String s) {
            try {
                return LanguagePrimitives.compare(l, s, ignoreCase);
            } catch (RuntimeException e) {
                return LanguagePrimitives.compare(LanguagePrimitives.toText(l), s, ignoreCase);
            }
        }
        return LanguagePrimitives.compare(l, r, ignoreCase);
    }
}
