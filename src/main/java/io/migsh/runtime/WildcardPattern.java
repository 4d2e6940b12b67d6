package io.migsh.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PowerShell's wildcards (about_Wildcards): * ? [abc] [a-z], with backtick escapes, matched against the whole text,
 * case-insensitive unless asked. The one translation behind -like, switch -Wildcard and every name filter.
 */
public final class WildcardPattern {
    private static final int CACHE = 256;
    private static final Map<String, Pattern> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE;
        }
    };

    private final Pattern regex;

    private WildcardPattern(Pattern regex) {
        this.regex = regex;
    }

    public static WildcardPattern of(String pattern, boolean caseSensitive) {
        return new WildcardPattern(compile(pattern, !caseSensitive));
    }

    public static boolean matches(String text, String pattern, boolean ignoreCase) {
        return compile(pattern, ignoreCase).matcher(text).matches();
    }

    /** The pattern as a regular expression, kept for the next use; one PowerShell refuses is its error. */
    public static synchronized Pattern compile(String pattern, boolean ignoreCase) {
        String key = (ignoreCase ? "i:" : "c:") + pattern;
        Pattern p = cache.get(key);
        if (p == null) {
            try {
                p = Pattern.compile(toRegex(pattern), Pattern.DOTALL
                        | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
            } catch (PatternSyntaxException e) { // a range backwards, such as [z-a]
                throw notValid(pattern);
            }
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
                if (close < 0) throw notValid(pattern);
                sb.append('[');
                for (int j = i + 1; j < close; j++) {
                    char k = pattern.charAt(j);
                    if (k == '\\' || k == '[' || k == '&' || k == '^') sb.append('\\');
                    sb.append(k);
                }
                sb.append(']');
                i = close;
            } else {
                if ("\\.^$|+(){}".indexOf(c) >= 0) sb.append('\\');
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static PsException notValid(String pattern) {
        return new PsException("System.Management.Automation.WildcardPatternException",
                "The specified wildcard character pattern is not valid: " + pattern, "WildcardPatternException",
                ErrorCategory.InvalidArgument, pattern);
    }

    /** True when the text has wildcard characters (so a name is a pattern, not a literal). */
    public static boolean hasWildcards(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    public boolean matches(String text) {
        return text != null && regex.matcher(text).matches();
    }
}
