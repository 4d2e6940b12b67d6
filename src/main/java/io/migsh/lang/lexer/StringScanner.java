package io.migsh.lang.lexer;

/** Reads variables, quoted strings and here-strings for the {@link Lexer}, and skips them inside barewords. */
final class StringScanner {
    private final Lexer lx;

    StringScanner(Lexer lexer) {
        this.lx = lexer;
    }

    /** $name, $scope:name, ${any name}, $_, $$, $?, $^, or $( which opens a subexpression. */
    Token variable(int start) {
        String s = lx.text();
        int i = start + 1;
        char c = lx.at(i);
        if (c == '(') {
            lx.reset(i + 1);
            return lx.token(TokenKind.DOLLAR_PAREN, start, i + 1, null);
        }
        if (c == '{') {
            StringBuilder name = new StringBuilder();
            int j = i + 1;
            while (j < lx.end() && s.charAt(j) != '}') {
                if (s.charAt(j) == '`' && j + 1 < lx.end()) j++;
                name.append(s.charAt(j));
                j++;
            }
            if (j >= lx.end()) {
                lx.error("IncompleteDollarVariableReference",
                        "${variable} reference starting is missing the closing '}'.", start, lx.end(), true);
                lx.reset(lx.end());
                return lx.token(TokenKind.VARIABLE, start, lx.end(), name.toString());
            }
            if (name.length() == 0) {
                lx.error("EmptyVariableReference",
                        "An empty ${} variable reference was found. A name is required inside the braces.", start, j + 1,
                        false);
            }
            lx.reset(j + 1);
            return lx.token(TokenKind.VARIABLE, start, j + 1, name.toString());
        }
        if (c == '$' || c == '^' || c == '?') {
            lx.reset(i + 1);
            return lx.token(TokenKind.VARIABLE, start, i + 1, String.valueOf(c));
        }
        int j = nameEnd(s, i, lx.end());
        if (j == i) {
            lx.reset(i);
            return lx.token(TokenKind.GENERIC, start, i, "$");
        }
        lx.reset(j);
        return lx.token(TokenKind.VARIABLE, start, j, s.substring(i, j));
    }

    /** End of a variable name starting at i: name characters, with one scope or drive prefix (env:, global:). */
    static int nameEnd(String s, int i, int end) {
        int j = i;
        while (j < end && CharClass.isVariableChar(s.charAt(j))) j++;
        if (j > i && j + 1 < end && s.charAt(j) == ':' && s.charAt(j + 1) != ':'
                && CharClass.isVariableChar(s.charAt(j + 1))) {
            j++;
            while (j < end && CharClass.isVariableChar(s.charAt(j))) j++;
        }
        return j;
    }

    Token quoted(int start) {
        String s = lx.text();
        char open = s.charAt(start);
        boolean single = CharClass.isSingleQuote(open);
        int close = single ? skipSingle(start) : skipDouble(start);
        boolean terminated = close <= lx.end();
        int contentEnd = terminated ? close - 1 : lx.end();
        if (!terminated) {
            lx.error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: " + open + ".", start,
                    lx.end(), true);
            close = lx.end();
        }
        lx.reset(close);
        if (single) {
            StringBuilder v = new StringBuilder();
            for (int i = start + 1; i < contentEnd; i++) {
                char c = s.charAt(i);
                v.append(c);
                if (CharClass.isSingleQuote(c) && i + 1 < contentEnd && CharClass.isSingleQuote(s.charAt(i + 1))) i++;
            }
            return new Token(TokenKind.STRING_LITERAL, start, close, v.toString(), start + 1, contentEnd, lx.source());
        }
        return new Token(TokenKind.STRING_EXPANDABLE, start, close, null, start + 1, contentEnd, lx.source());
    }

    /** Index after the closing quote of a single-quoted string (or the end of input). */
    private int skipSingle(int start) {
        String s = lx.text();
        int i = start + 1;
        while (i < lx.end()) {
            if (CharClass.isSingleQuote(s.charAt(i))) {
                if (i + 1 < lx.end() && CharClass.isSingleQuote(s.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return lx.end() + 1;
    }

    private int skipDouble(int start) {
        String s = lx.text();
        int i = start + 1;
        while (i < lx.end()) {
            char c = s.charAt(i);
            if (c == '`') {
                i += 2;
            } else if (c == '$' && lx.at(i + 1) == '(') {
                i = skipSubexpression(i + 1);
            } else if (CharClass.isDoubleQuote(c)) {
                if (i + 1 < lx.end() && CharClass.isDoubleQuote(s.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                return i + 1;
            } else {
                i++;
            }
        }
        return lx.end() + 1;
    }

    /** Index after a quoted string that starts at i, for barewords that embed one. */
    int skipQuoted(int i) {
        int close = CharClass.isSingleQuote(lx.text().charAt(i)) ? skipSingle(i) : skipDouble(i);
        return Math.min(close, lx.end());
    }

    /** Index after the ')' matching the '(' at i, skipping strings and nested parentheses. */
    int skipSubexpression(int i) {
        String s = lx.text();
        int depth = 0;
        int j = i;
        while (j < lx.end()) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) return j + 1;
            } else if (CharClass.isQuote(c)) {
                j = skipQuoted(j);
                continue;
            } else if (c == '`') {
                j++;
            } else if (c == '@' && CharClass.isQuote(lx.at(j + 1)) && headerEnds(j + 2)) {
                j = hereStringEnd(j, CharClass.isSingleQuote(lx.at(j + 1)));
                continue;
            }
            j++;
        }
        return lx.end();
    }

    private boolean headerEnds(int i) {
        String s = lx.text();
        while (i < lx.end() && CharClass.isBlank(s.charAt(i))) i++;
        return i >= lx.end() || CharClass.isNewline(s.charAt(i));
    }

    /** @" ... "@ and @' ... '@: the text between the header line and a line that starts with the footer. */
    Token hereString(int start) {
        String s = lx.text();
        boolean single = CharClass.isSingleQuote(s.charAt(start + 1));
        int i = start + 2;
        while (i < lx.end() && CharClass.isBlank(s.charAt(i))) i++;
        if (i < lx.end() && !CharClass.isNewline(s.charAt(i))) {
            lx.error("UnexpectedCharactersAfterHereStringHeader",
                    "No characters are allowed after a here-string header but before the end of the line.", start,
                    i, false);
        }
        int contentStart = Math.min(lx.end(), i + (lx.at(i) == '\r' && lx.at(i + 1) == '\n' ? 2 : 1));
        int close = hereStringEnd(start, single);
        TokenKind kind = single ? TokenKind.HERE_LITERAL : TokenKind.HERE_EXPANDABLE;
        if (close > lx.end()) {
            lx.error("TerminatorExpectedAtEndOfString", "The string is missing the terminator: "
                    + (single ? "'@" : "\"@") + ".", start, lx.end(), true);
            lx.reset(lx.end());
            return new Token(kind, start, lx.end(), single ? s.substring(contentStart, lx.end()) : null, contentStart,
                    lx.end(), lx.source());
        }
        int footer = close - 2;
        int contentEnd = footer;
        if (contentEnd > contentStart && s.charAt(contentEnd - 1) == '\n') contentEnd--;
        if (contentEnd > contentStart && s.charAt(contentEnd - 1) == '\r') contentEnd--;
        if (contentEnd < contentStart) contentEnd = contentStart;
        lx.reset(close);
        return new Token(kind, start, close, single ? s.substring(contentStart, contentEnd) : null, contentStart,
                contentEnd, lx.source());
    }

    /** Index after the footer of a here-string that starts at i; past the end when there is none. */
    private int hereStringEnd(int start, boolean single) {
        String s = lx.text();
        int i = start + 2;
        while (i < lx.end() && !CharClass.isNewline(s.charAt(i))) i++;
        while (i < lx.end()) {
            if (CharClass.isNewline(s.charAt(i))) {
                int j = i + 1;
                if (s.charAt(i) == '\r' && lx.at(j) == '\n') j++;
                char q = lx.at(j);
                if ((single ? CharClass.isSingleQuote(q) : CharClass.isDoubleQuote(q)) && lx.at(j + 1) == '@') {
                    return j + 2;
                }
                i = j;
            } else {
                i++;
            }
        }
        return lx.end() + 1;
    }
}
