package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** [regex] objects and the [regex]:: statics: Match, Matches, IsMatch, Replace, Split, Escape. */
final class RegexMethods {
    private RegexMethods() {}

    static Object instance(RegexValue r, String n, List<Object> args) {
        return apply(r.pattern(), n, args, 0);
    }

    /** [regex]::Method(input, pattern, ...) */
    static Object statics(String n, List<Object> args) {
        switch (n) {
            case "escape": return escape(Args.text(args, 0));
            case "unescape": return Args.text(args, 0).replaceAll("\\\\(.)", "$1");
            default: break;
        }
        if (args.size() < 2) return Methods.NOT_FOUND;
        boolean ignoreCase = args.size() > 2 && n.equals("replace") ? Args.ignoreCase(args, 3) : Args.ignoreCase(args, 2);
        Pattern p = RegexOps.compile(Args.text(args, 1), ignoreCase);
        List<Object> rest = new ArrayList<>();
        rest.add(args.get(0));
        rest.addAll(args.subList(2, args.size()));
        return apply(p, n, rest, 0);
    }

    private static Object apply(Pattern p, String n, List<Object> args, int unused) {
        String input = Args.text(args, 0);
        switch (n) {
            case "ismatch":
                return p.matcher(input).find();
            case "match": {
                Matcher m = p.matcher(input);
                return m.find() ? MatchObject.of(m, input) : MatchObject.none();
            }
            case "matches": {
                List<Object> out = new ArrayList<>();
                Matcher m = p.matcher(input);
                while (m.find()) out.add(MatchObject.of(m, input));
                return out;
            }
            case "replace":
                return RegexOps.replace(input, p, args.size() > 1 ? args.get(1) : "", MatchObject::of);
            case "split":
                return RegexOps.split(input, p, 0);
            default:
                return Methods.NOT_FOUND;
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\*+?|{[()^$.# ".indexOf(c) >= 0) sb.append('\\');
            if (c == '\t') {
                sb.append("\\t");
                continue;
            }
            if (c == '\n') {
                sb.append("\\n");
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static String text(Object o) {
        return LanguagePrimitives.toText(o);
    }
}
