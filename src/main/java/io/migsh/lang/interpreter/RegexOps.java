package io.migsh.lang.interpreter;

import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import io.migsh.runtime.ScriptBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** -match, -replace and -split over .NET-style regular expressions, with $Matches and .NET replacement syntax. */
public final class RegexOps {
    private static final int CACHE = 256;
    private static final Map<String, Pattern> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE;
        }
    };

    private RegexOps() {}

    public static synchronized Pattern compile(String regex, boolean ignoreCase) {
        String key = (ignoreCase ? "i:" : "c:") + regex;
        Pattern p = cache.get(key);
        if (p == null) {
            try {
                p = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            } catch (PatternSyntaxException e) {
                throw RuntimeErrors.runtime("The regular expression pattern " + regex + " is not valid.",
                        "InvalidRegularExpression");
            }
            cache.put(key, p);
        }
        return p;
    }

    static Pattern pattern(Object r, boolean ignoreCase) {
        if (r instanceof RegexValue rv) return rv.pattern();
        return compile(LanguagePrimitives.toText(r), ignoreCase);
    }

    /** $Matches for a successful match: group numbers (Int32 keys) and group names, successful groups only. */
    public static PsHashtable matches(Matcher m) {
        PsHashtable h = new PsHashtable();
        Map<String, Integer> named = namedGroups(m.pattern());
        // .NET numbers unnamed groups first, left to right, and named groups after them
        List<Object> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int number = 1;
        for (int i = 1; i <= m.groupCount(); i++) {
            if (isNamedGroupNumber(m.pattern(), i)) continue;
            if (m.group(i) != null) {
                keys.add(number);
                values.add(m.group(i));
            }
            number++;
        }
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (m.group(e.getValue()) != null) {
                keys.add(e.getKey());
                values.add(m.group(e.getValue()));
            }
        }
        for (int i = keys.size() - 1; i >= 0; i--) h.put(keys.get(i), values.get(i));
        h.put(0, m.group());
        return h;
    }

    private static boolean isNamedGroupNumber(Pattern p, int i) {
        return i > 0 && namedGroups(p).containsValue(i);
    }

    static List<String> groupNames(Pattern p) {
        return new ArrayList<>(namedGroups(p).keySet());
    }

    private static final Map<Pattern, Map<String, Integer>> groupCache = new java.util.WeakHashMap<>();

    /** Named groups and their numbers, read from the pattern text (Pattern exposes them only from Java 20). */
    static synchronized Map<String, Integer> namedGroups(Pattern p) {
        Map<String, Integer> names = groupCache.get(p);
        if (names != null) return names;
        names = new LinkedHashMap<>();
        String s = p.pattern();
        int group = 0;
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '?') {
                    if (i + 2 < s.length() && s.charAt(i + 2) == '<' && i + 3 < s.length()
                            && Character.isLetter(s.charAt(i + 3))) {
                        int close = s.indexOf('>', i + 3);
                        group++;
                        if (close > 0) names.put(s.substring(i + 3, close), group);
                    }
                } else {
                    group++;
                }
            }
        }
        groupCache.put(p, names);
        return names;
    }

    /** -replace: the .NET substitutions $0 $1 ${name} $& $$ in the replacement, or a script block per match. */
    public static String replace(String input, Pattern p, Object replacement, MatchObjects objects) {
        Matcher m = p.matcher(input);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(input, last, m.start());
            if (replacement instanceof ScriptBlock sb) {
                out.append(LanguagePrimitives.toText(sb.invokeForValue(objects.match(m, input))));
            } else {
                appendSubstitution(out, LanguagePrimitives.toText(replacement), m);
            }
            last = m.end();
            if (m.end() == m.start() && m.end() >= input.length()) break;
        }
        out.append(input, last, input.length());
        return out.toString();
    }

    private static void appendSubstitution(StringBuilder out, String rep, Matcher m) {
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            if (c != '$' || i + 1 >= rep.length()) {
                out.append(c);
                continue;
            }
            char n = rep.charAt(i + 1);
            if (n == '$') {
                out.append('$');
                i++;
            } else if (n == '&') {
                out.append(m.group());
                i++;
            } else if (Character.isDigit(n)) {
                int j = i + 1;
                while (j < rep.length() && Character.isDigit(rep.charAt(j))) j++;
                int g = Integer.parseInt(rep.substring(i + 1, j));
                if (g <= m.groupCount()) {
                    if (m.group(g) != null) out.append(m.group(g));
                    i = j - 1;
                } else {
                    out.append(c);
                }
            } else if (n == '{') {
                int close = rep.indexOf('}', i + 2);
                String name = close < 0 ? null : rep.substring(i + 2, close);
                String value = name == null ? null : group(m, name);
                if (value != null || (name != null && namedGroups(m.pattern()).containsKey(name))) {
                    if (value != null) out.append(value);
                    i = close;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
    }

    private static String group(Matcher m, String name) {
        try {
            if (name.chars().allMatch(Character::isDigit)) return m.group(Integer.parseInt(name));
            return m.group(name);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** -split: .NET Regex.Split semantics (captured groups are kept, empty parts kept), with an optional limit. */
    public static List<Object> split(String input, Pattern p, int limit) {
        List<Object> out = new ArrayList<>();
        Matcher m = p.matcher(input);
        int last = 0;
        while ((limit <= 0 || out.size() < limit - 1) && m.find()) {
            if (m.end() == 0 && m.start() == 0) continue;
            out.add(input.substring(last, m.start()));
            for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) out.add(m.group(g));
            last = m.end();
        }
        out.add(input.substring(last));
        return out;
    }

    public static PsException badPattern(String why) {
        return RuntimeErrors.runtime(why, "InvalidRegularExpression");
    }

    /** Builds the [System.Text.RegularExpressions.Match] objects handed to script blocks and [regex]::Match. */
    public interface MatchObjects {
        Object match(Matcher m, String input);
    }
}
