package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Expression.StringKind;
import io.migsh.lang.lexer.CharClass;
import io.migsh.lang.lexer.Extent;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a double-quoted string, a here-string or a bareword into literal parts and embedded values:
 * $name, ${name}, $scope:name and $( statements ); backtick escapes (about_Special_Characters) become characters.
 * As in PowerShell, "$x.Name" embeds only $x.
 */
final class StringExpander {
    private final Parser parser;
    private final String s;
    private final List<Expression> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int literalStart = -1;

    StringExpander(Parser parser) {
        this.parser = parser;
        this.s = parser.source.text();
    }

    Expression expand(Token t) {
        StringKind kind = switch (t.kind()) {
            case HERE_EXPANDABLE -> StringKind.HERE_DOUBLE;
            case GENERIC -> StringKind.BARE;
            default -> StringKind.DOUBLE;
        };
        scan(t.contentStart(), t.contentEnd(), kind);
        flush(t.contentEnd());
        if (parts.isEmpty()) return new Expression.StringConstant(t.extent(), "", kind);
        if (parts.size() == 1 && parts.get(0) instanceof Expression.StringConstant c) {
            return new Expression.StringConstant(t.extent(), c.value(), kind);
        }
        return new Expression.ExpandableString(t.extent(), List.copyOf(parts), kind);
    }

    private void scan(int start, int end, StringKind kind) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '`' && i + 1 < end) {
                i = escape(i, end);
            } else if (kind == StringKind.DOUBLE && CharClass.isDoubleQuote(c) && i + 1 < end
                    && CharClass.isDoubleQuote(s.charAt(i + 1))) {
                append(i, s.charAt(i + 1));
                i += 2;
            } else if (kind == StringKind.BARE && CharClass.isSingleQuote(c)) {
                i = singleQuoted(i, end);
            } else if (kind == StringKind.BARE && CharClass.isDoubleQuote(c)) {
                int close = closingDouble(i, end);
                scan(i + 1, Math.min(close, end), StringKind.DOUBLE);
                i = Math.min(close + 1, end);
            } else if (c == '$' && i + 1 < end) {
                i = dollar(i, end);
            } else {
                append(i, c);
                i++;
            }
        }
    }

    private int escape(int i, int end) {
        char n = s.charAt(i + 1);
        if (n == 'u' && i + 2 < end && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i + 3);
            if (close > 0 && close < end) {
                try {
                    int cp = Integer.parseInt(s.substring(i + 3, close), 16);
                    for (char ch : Character.toChars(cp)) append(i, ch);
                    return close + 1;
                } catch (IllegalArgumentException e) {
                    // not a valid code point: the characters stay as they are
                }
            }
        }
        char v = switch (n) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000B';
            default -> n;
        };
        if (CharClass.isNewline(n)) {
            // a backtick before a line end in a bareword continues the line; in a string it keeps the line end
            append(i, n);
            return i + 2;
        }
        append(i, v);
        return i + 2;
    }

    private int singleQuoted(int i, int end) {
        int j = i + 1;
        while (j < end) {
            char c = s.charAt(j);
            if (CharClass.isSingleQuote(c)) {
                if (j + 1 < end && CharClass.isSingleQuote(s.charAt(j + 1))) {
                    append(j, c);
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            append(j, c);
            j++;
        }
        return end;
    }

    private int closingDouble(int i, int end) {
        int j = i + 1;
        while (j < end) {
            char c = s.charAt(j);
            if (c == '`') {
                j += 2;
            } else if (CharClass.isDoubleQuote(c)) {
                if (j + 1 < end && CharClass.isDoubleQuote(s.charAt(j + 1))) {
                    j += 2;
                } else {
                    return j;
                }
            } else {
                j++;
            }
        }
        return end;
    }

    private int dollar(int i, int end) {
        char n = s.charAt(i + 1);
        if (n == '(') {
            int close = matchingParen(i + 1, end);
            flush(i);
            Extent e = new Extent(parser.source, i, close);
            parts.add(new Expression.SubExpression(e, parser.nested(i + 2, Math.max(i + 2, close - 1))));
            return close;
        }
        if (n == '{') {
            int close = s.indexOf('}', i + 2);
            if (close < 0 || close >= end) {
                append(i, '$');
                return i + 1;
            }
            flush(i);
            parts.add(ExpressionParser.variable(new Extent(parser.source, i, close + 1), s.substring(i + 2, close),
                    false));
            return close + 1;
        }
        int j = nameEnd(i + 1, end);
        if (j == i + 1) {
            append(i, '$');
            return i + 1;
        }
        flush(i);
        parts.add(ExpressionParser.variable(new Extent(parser.source, i, j), s.substring(i + 1, j), false));
        return j;
    }

    private int nameEnd(int i, int end) {
        char c = s.charAt(i);
        if (c == '$' || c == '^') return i + 1;
        int j = i;
        while (j < end && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '?')) j++;
        if (j > i && j + 1 < end && s.charAt(j) == ':' && s.charAt(j + 1) != ':'
                && (Character.isLetterOrDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '_')) {
            j++;
            while (j < end && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '?')) j++;
        }
        return j;
    }

    private int matchingParen(int open, int end) {
        io.migsh.lang.lexer.Lexer probe = new io.migsh.lang.lexer.Lexer(parser.source, open, end, new ArrayList<>());
        int depth = 0;
        while (true) {
            Token t = probe.next(io.migsh.lang.lexer.Lexer.Mode.EXPRESSION);
            if (t.kind() == TokenKind.EOF) return end;
            if (t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.DOLLAR_PAREN || t.kind() == TokenKind.AT_PAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
                if (depth == 0) return t.end();
            }
        }
    }

    private void append(int at, char c) {
        if (literalStart < 0) literalStart = at;
        literal.append(c);
    }

    private void flush(int at) {
        if (literal.length() == 0) return;
        parts.add(new Expression.StringConstant(new Extent(parser.source, literalStart, at), literal.toString(),
                StringKind.DOUBLE));
        literal.setLength(0);
        literalStart = -1;
    }
}
