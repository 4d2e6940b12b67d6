package io.migsh.lang.interpreter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** PowerShell wildcards (about_Wildcards): * ? [abc] [a-z], with ` escaping, matched against the whole text. */
public final class Wildcard {
    private static final int CACHE = 256;
    private static final Map<String, Pattern> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE;
        }
    };

    private Wildcard() {}

    public static boolean matches(String text, String pattern, boolean ignoreCase) {
        return compile(pattern, ignoreCase).matcher(text).matches();
    }

    public static synchronized Pattern compile(String pattern, boolean ignoreCase) {
        String key = (ignoreCase ? "i:" : "c:") + pattern;
        Pattern p = cache.get(key);
        if (p == null) {
            p = Pattern.compile(toRegex(pattern), Pattern.DOTALL
                    | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
            cache.put(key, p);
        }
        return p;
    }

    public static String toRegex(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '`' && i + 1 < pattern.length()) {
                sb.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                sb.append(".*");
            } else if (c == '?') {
                sb.append('.');
            } else if (c == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    sb.append("\\[");
                } else {
                    sb.append('[');
                    for (int j = i + 1; j < close; j++) {
                        char k = pattern.charAt(j);
                        if (k == '\\' || k == '[' || k == '&' || k == '^') sb.append('\\');
                        sb.append(k);
                    }
                    sb.append(']');
                    i = close;
                }
            } else {
                if ("\\.^$|+(){}".indexOf(c) >= 0) sb.append('\\');
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the text has wildcard characters (so a name is a pattern, not a literal). */
    public static boolean hasWildcards(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }
}
