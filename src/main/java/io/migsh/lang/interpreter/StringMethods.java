package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** System.String's methods, with .NET's semantics: ordinal (case-sensitive) unless a comparison says otherwise. */
final class StringMethods {
    private StringMethods() {}

    static Object invoke(String s, String n, String name, List<Object> args) {
        int argc = args.size();
        switch (n) {
            case "substring":
                if (argc == 1) return s.substring(Args.integer(args, 0));
                if (argc == 2) {
                    int start = Args.integer(args, 0);
                    return s.substring(start, start + Args.integer(args, 1));
                }
                throw Args.count(name, argc);
            case "toupper", "toupperinvariant":
                return s.toUpperCase(Locale.ROOT);
            case "tolower", "tolowerinvariant":
                return s.toLowerCase(Locale.ROOT);
            case "trim":
                return argc == 0 ? s.strip() : trim(s, chars(args), true, true);
            case "trimstart":
                return argc == 0 ? s.stripLeading() : trim(s, chars(args), true, false);
            case "trimend":
                return argc == 0 ? s.stripTrailing() : trim(s, chars(args), false, true);
            case "split":
                return split(s, args);
            case "replace":
                if (argc >= 2) {
                    if (Args.ignoreCase(args, 2)) {
                        return s.replaceAll("(?i)" + java.util.regex.Pattern.quote(Args.text(args, 0)),
                                java.util.regex.Matcher.quoteReplacement(Args.text(args, 1)));
                    }
                    return s.replace(Args.text(args, 0), Args.text(args, 1));
                }
                throw Args.count(name, argc);
            case "contains":
                return Args.ignoreCase(args, 1) ? s.toLowerCase(Locale.ROOT).contains(Args.text(args, 0)
                        .toLowerCase(Locale.ROOT)) : s.contains(Args.text(args, 0));
            case "startswith":
                return Args.ignoreCase(args, 1) ? s.regionMatches(true, 0, Args.text(args, 0), 0,
                        Args.text(args, 0).length()) : s.startsWith(Args.text(args, 0));
            case "endswith": {
                String suffix = Args.text(args, 0);
                return Args.ignoreCase(args, 1) ? s.regionMatches(true, s.length() - suffix.length(), suffix, 0,
                        suffix.length()) : s.endsWith(suffix);
            }
            case "indexof":
                return indexOf(s, args, false);
            case "lastindexof":
                return indexOf(s, args, true);
            case "padleft":
                return pad(s, args, true);
            case "padright":
                return pad(s, args, false);
            case "insert":
                return s.substring(0, Args.integer(args, 0)) + Args.text(args, 1) + s.substring(Args.integer(args, 0));
            case "remove": {
                int start = Args.integer(args, 0);
                int end = argc > 1 ? start + Args.integer(args, 1) : s.length();
                return s.substring(0, start) + s.substring(end);
            }
            case "tochararray": {
                List<Object> out = new ArrayList<>();
                for (char c : s.toCharArray()) out.add(c);
                return out;
            }
            case "normalize", "clone":
                return s;
            case "isnormalized":
                return true;
            default:
                return Methods.NOT_FOUND;
        }
    }

    private static String chars(List<Object> args) {
        StringBuilder sb = new StringBuilder();
        for (Object a : args) {
            for (Object c : LanguagePrimitives.isEnumerable(a) ? LanguagePrimitives.enumerate(a) : List.of(a)) {
                sb.append(LanguagePrimitives.toText(c));
            }
        }
        return sb.toString();
    }

    private static String trim(String s, String chars, boolean start, boolean end) {
        int a = 0;
        int b = s.length();
        while (start && a < b && chars.indexOf(s.charAt(a)) >= 0) a++;
        while (end && b > a && chars.indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }

    /** Split(char), Split(char[]), Split(string) (PowerShell 7 binds a string to the string overload), count, options. */
    private static Object split(String s, List<Object> args) {
        if (args.isEmpty()) {
            List<Object> out = new ArrayList<>();
            for (String p : s.split("\\s", -1)) out.add(p);
            return out;
        }
        Object sep = args.get(0);
        List<String> separators = new ArrayList<>();
        if (sep instanceof Character c) {
            separators.add(String.valueOf(c));
        } else if (LanguagePrimitives.isEnumerable(sep)) {
            for (Object o : LanguagePrimitives.enumerate(sep)) separators.add(LanguagePrimitives.toText(o));
        } else {
            separators.add(LanguagePrimitives.toText(sep));
        }
        int limit = Integer.MAX_VALUE;
        boolean removeEmpty = false;
        for (int i = 1; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Number num) limit = num.intValue();
            else if (LanguagePrimitives.toText(a).toLowerCase(Locale.ROOT).contains("removeemptyentries")) removeEmpty = true;
            else if (a instanceof Character c) separators.add(String.valueOf(c));
        }
        List<Object> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= s.length() && out.size() < limit - 1) {
            String hit = null;
            for (String p : separators) {
                if (!p.isEmpty() && s.startsWith(p, i)) {
                    hit = p;
                    break;
                }
            }
            if (hit != null) {
                String part = s.substring(start, i);
                if (!(removeEmpty && part.isEmpty())) out.add(part);
                i += hit.length();
                start = i;
            } else {
                i++;
            }
        }
        String last = s.substring(Math.min(start, s.length()));
        if (!(removeEmpty && last.isEmpty())) out.add(last);
        return out;
    }

    private static int indexOf(String s, List<Object> args, boolean last) {
        Object what = args.get(0);
        String needle = LanguagePrimitives.toText(what);
        boolean ignoreCase = args.size() > 1 && !(args.get(1) instanceof Number) && Args.ignoreCase(args, 1);
        String hay = ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
        if (ignoreCase) needle = needle.toLowerCase(Locale.ROOT);
        if (args.size() > 1 && args.get(1) instanceof Number from) {
            return last ? hay.lastIndexOf(needle, from.intValue()) : hay.indexOf(needle, from.intValue());
        }
        return last ? hay.lastIndexOf(needle) : hay.indexOf(needle);
    }

    private static String pad(String s, List<Object> args, boolean left) {
        int width = Args.integer(args, 0);
        String c = args.size() > 1 ? Args.text(args, 1) : " ";
        if (s.length() >= width) return s;
        String padding = c.substring(0, 1).repeat(width - s.length());
        return left ? padding + s : s + padding;
    }
}
