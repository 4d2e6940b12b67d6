package io.migsh.lang.lexer;

/**
 * Character classes of the PowerShell grammar (language spec chapter 2): the dashes and quotes it accepts include the
 * typographic ones that word processors and web pages put into pasted commands.
 */
public final class CharClass {
    private CharClass() {}

    /** - en dash, em dash, horizontal bar. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** ' and the single typographic quotes. */
    public static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    /** " and the double typographic quotes. */
    public static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    public static boolean isQuote(char c) {
        return isSingleQuote(c) || isDoubleQuote(c);
    }

    public static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    public static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u0085'
                || (c > 255 && Character.isSpaceChar(c));
    }

    /** Characters of a variable name after the $. */
    public static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    public static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    public static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Characters that end a bareword argument in command mode. */
    public static boolean endsGeneric(char c) {
        return isBlank(c) || isNewline(c) || c == ';' || c == ',' || c == '|' || c == '&' || c == '(' || c == ')'
                || c == '{' || c == '}' || c == '>' || c == '<';
    }
}
