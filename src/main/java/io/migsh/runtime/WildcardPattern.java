package io.migsh.runtime;

import java.util.regex.Pattern;

/** PowerShell's wildcards (* ? [a-z], backtick escapes), case-insensitive unless asked: for -like and name filters. */
public final class WildcardPattern {
    private final Pattern regex;

    private WildcardPattern(Pattern regex) {
        this.regex = regex;
    }

    public static WildcardPattern of(String pattern, boolean caseSensitive) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                case '`' -> {
                    if (i + 1 < pattern.length()) re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                }
                case '[' -> {
                    int close = pattern.indexOf(']', i + 1);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        re.append('[').append(pattern, i + 1, close).append(']');
                        i = close;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new WildcardPattern(Pattern.compile(re.toString(), flags));
    }

    public static boolean hasWildcards(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    public boolean matches(String text) {
        return text != null && regex.matcher(text).matches();
    }
}
