package io.migsh.lang.lexer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns script text into tokens on demand. PowerShell reads the same characters differently at the start of a
 * statement, in an argument and inside an expression (about_Parsing), so the parser asks for each token in a
 * {@link Mode}: {@code Get-Date} is a command name, {@code -Name} a parameter, {@code C:\temp\x.xml} and
 * {@code user@contoso.com} plain words, while in an expression {@code -eq} is an operator.
 */
public final class Lexer {
    /** How to read the next token. */
    public enum Mode {
        /** Inside an expression: operators, member names, numbers. */
        EXPRESSION,
        /** A command argument: barewords, -Parameters, strings, variables. */
        COMMAND,
        /** The first token of a statement: a keyword, a command name or the start of an expression. */
        STATEMENT
    }

    static final Set<String> OPERATORS = Set.of(
            "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "contains", "notcontains",
            "in", "notin", "replace", "split", "join", "is", "isnot", "as", "f", "and", "or", "xor", "not", "band",
            "bor", "bxor", "bnot", "shl", "shr",
            "ceq", "cne", "cgt", "cge", "clt", "cle", "clike", "cnotlike", "cmatch", "cnotmatch", "ccontains",
            "cnotcontains", "cin", "cnotin", "creplace", "csplit",
            "ieq", "ine", "igt", "ige", "ilt", "ile", "ilike", "inotlike", "imatch", "inotmatch", "icontains",
            "inotcontains", "iin", "inotin", "ireplace", "isplit");

    private final SourceText source;
    private final String s;
    private final int end;
    private final List<ParseError> errors;
    private int pos;
    private final StringScanner strings;

    public Lexer(SourceText source, int start, int end, List<ParseError> errors) {
        this.source = source;
        this.s = source.text();
        this.pos = start;
        this.end = end;
        this.errors = errors;
        this.strings = new StringScanner(this);
    }

    public int position() {
        return pos;
    }

    public void reset(int position) {
        pos = position;
    }

    public int end() {
        return end;
    }

    public SourceText source() {
        return source;
    }

    String text() {
        return s;
    }

    char at(int i) {
        return i < end ? s.charAt(i) : '\0';
    }

    void error(String id, String message, int start, int stop, boolean incomplete) {
        errors.add(new ParseError(id, message, new Extent(source, start, stop), incomplete));
    }

    Token token(TokenKind kind, int start, int stop, Object value) {
        return new Token(kind, start, stop, value, start, stop, source);
    }

    /** Reads the next token in the given mode, skipping blanks, comments and line continuations. */
    public Token next(Mode mode) {
        skipTrivia();
        int start = pos;
        if (pos >= end) return token(TokenKind.EOF, end, end, null);
        char c = s.charAt(pos);
        if (CharClass.isNewline(c)) {
            pos += c == '\r' && at(pos + 1) == '\n' ? 2 : 1;
            return token(TokenKind.NEWLINE, start, pos, null);
        }
        Token common = punctuation(c, start, mode);
        if (common != null) {
            if (mode == Mode.COMMAND && common.kind() == TokenKind.VARIABLE && continuesBareword(pos)) {
                pos = start;
                return generic(start);
            }
            return common;
        }
        return mode == Mode.EXPRESSION ? expressionToken(c, start) : commandToken(c, start, mode);
    }

    /** Tokens read the same way in every mode. */
    private Token punctuation(char c, int start, Mode mode) {
        char n = at(pos + 1);
        switch (c) {
            case ';': pos++; return token(TokenKind.SEMI, start, pos, null);
            case '(': pos++; return token(TokenKind.LPAREN, start, pos, null);
            case ')': pos++; return token(TokenKind.RPAREN, start, pos, null);
            case '{': pos++; return token(TokenKind.LCURLY, start, pos, null);
            case '}': pos++; return token(TokenKind.RCURLY, start, pos, null);
            case ',': pos++; return token(TokenKind.COMMA, start, pos, null);
            case '|':
                pos += n == '|' ? 2 : 1;
                return token(n == '|' ? TokenKind.OROR : TokenKind.PIPE, start, pos, null);
            case '&':
                pos += n == '&' ? 2 : 1;
                return token(n == '&' ? TokenKind.ANDAND : TokenKind.AMPERSAND, start, pos, null);
            case '$':
                return strings.variable(start);
            case '@':
                return atSign(start);
            case '>':
                return redirection(start, start);
            case '<':
                pos++;
                error("RedirectionNotSupported", "The '<' operator is reserved for future use.", start, pos, false);
                return token(TokenKind.UNKNOWN, start, pos, "<");
            default:
                break;
        }
        if (CharClass.isQuote(c)) return strings.quoted(start);
        if ((c >= '1' && c <= '6' || c == '*') && n == '>') return redirection(start, start + 1);
        return null;
    }

    private Token atSign(int start) {
        char n = at(pos + 1);
        if (n == '(') {
            pos += 2;
            return token(TokenKind.AT_PAREN, start, pos, null);
        }
        if (n == '{') {
            pos += 2;
            return token(TokenKind.AT_CURLY, start, pos, null);
        }
        if (CharClass.isQuote(n)) return strings.hereString(start);
        if (CharClass.isVariableChar(n)) {
            int i = pos + 1;
            while (i < end && CharClass.isVariableChar(s.charAt(i))) i++;
            pos = i;
            return token(TokenKind.SPLAT, start, pos, s.substring(start + 1, i));
        }
        pos++;
        error("UnrecognizedToken", "Unrecognized token in source text.", start, pos, false);
        return token(TokenKind.UNKNOWN, start, pos, "@");
    }

    /** >, >>, n>, n>>, n>&1, *>, *>>, *>&1 (about_Redirection). */
    private Token redirection(int start, int gt) {
        int i = gt + 1;
        if (at(i) == '>') i++;
        else if (at(i) == '&' && at(i + 1) >= '1' && at(i + 1) <= '6') i += 2;
        pos = i;
        return token(TokenKind.REDIRECTION, start, pos, s.substring(start, pos));
    }

    private Token expressionToken(char c, int start) {
        char n = at(pos + 1);
        if (CharClass.isDash(c)) {
            if (CharClass.isDash(n)) { pos += 2; return token(TokenKind.MINUSMINUS, start, pos, null); }
            if (n == '=') { pos += 2; return token(TokenKind.MINUS_EQUALS, start, pos, null); }
            if (CharClass.isIdentifierStart(n)) return dashWord(start, true);
            pos++;
            return token(TokenKind.MINUS, start, pos, null);
        }
        switch (c) {
            case '+':
                if (n == '+') { pos += 2; return token(TokenKind.PLUSPLUS, start, pos, null); }
                if (n == '=') { pos += 2; return token(TokenKind.PLUS_EQUALS, start, pos, null); }
                pos++;
                return token(TokenKind.PLUS, start, pos, null);
            case '*': return opOrAssign(start, TokenKind.STAR, TokenKind.STAR_EQUALS);
            case '/': return opOrAssign(start, TokenKind.SLASH, TokenKind.SLASH_EQUALS);
            case '%': return opOrAssign(start, TokenKind.PERCENT, TokenKind.PERCENT_EQUALS);
            case '=': pos++; return token(TokenKind.EQUALS, start, pos, null);
            case '!': pos++; return token(TokenKind.EXCLAIM, start, pos, null);
            case '[': pos++; return token(TokenKind.LBRACKET, start, pos, null);
            case ']': pos++; return token(TokenKind.RBRACKET, start, pos, null);
            case ':':
                if (n == ':') { pos += 2; return token(TokenKind.COLONCOLON, start, pos, null); }
                pos++;
                return token(TokenKind.COLON, start, pos, null);
            case '?':
                if (n == '?' && at(pos + 2) == '=') { pos += 3; return token(TokenKind.QUESTION_QUESTION_EQUALS, start, pos, null); }
                if (n == '?') { pos += 2; return token(TokenKind.QUESTION_QUESTION, start, pos, null); }
                pos++;
                return token(TokenKind.QUESTION, start, pos, null);
            case '.':
                if (n == '.') { pos += 2; return token(TokenKind.DOTDOT, start, pos, null); }
                if (!NumberLiteral.isDigit(n)) { pos++; return token(TokenKind.DOT, start, pos, null); }
                break;
            default:
                break;
        }
        int len = NumberLiteral.scan(s, pos, end);
        if (len > 0) {
            pos += len;
            return token(TokenKind.NUMBER, start, pos, NumberLiteral.value(s.substring(start, pos)));
        }
        if (CharClass.isIdentifierStart(c)) {
            int i = pos;
            while (i < end && (CharClass.isIdentifierChar(s.charAt(i)) || s.charAt(i) == '`')) i++;
            pos = i;
            return token(TokenKind.IDENTIFIER, start, pos, s.substring(start, pos));
        }
        pos++;
        return token(TokenKind.UNKNOWN, start, pos, String.valueOf(c));
    }

    private Token opOrAssign(int start, TokenKind op, TokenKind assign) {
        if (at(pos + 1) == '=') {
            pos += 2;
            return token(assign, start, pos, null);
        }
        pos++;
        return token(op, start, pos, null);
    }

    /** -word: a known operator in expressions, otherwise a parameter name (-Name or -Name:). */
    private Token dashWord(int start, boolean operators) {
        int i = pos + 1;
        while (i < end && (CharClass.isIdentifierChar(s.charAt(i)) || s.charAt(i) == '?')) i++;
        String word = s.substring(pos + 1, i);
        String lower = word.toLowerCase(Locale.ROOT);
        if (operators && OPERATORS.contains(lower)) {
            pos = i;
            return token(TokenKind.OPERATOR, start, pos, lower);
        }
        pos = i;
        boolean colon = at(i) == ':' && at(i + 1) != ':';
        if (colon) pos++;
        return new Token(TokenKind.PARAMETER, start, pos, word, start + 1, i, source);
    }

    private Token commandToken(char c, int start, Mode mode) {
        char n = at(pos + 1);
        // -? is a parameter too: the help request every command answers (Get-Date -?)
        boolean help = n == '?' && (pos + 2 >= end || CharClass.endsGeneric(at(pos + 2)));
        if (CharClass.isDash(c) && (CharClass.isIdentifierStart(n) || help)) {
            int save = pos;
            Token t = dashWord(start, mode == Mode.STATEMENT);
            if (t.kind() == TokenKind.OPERATOR || pos >= end || CharClass.endsGeneric(at(pos))
                    || at(t.contentEnd()) == ':') {
                return t;
            }
            pos = save;
        }
        if (mode == Mode.STATEMENT) {
            Token t = statementStart(c, start);
            if (t != null) return t;
        }
        return generic(start);
    }

    /** Tokens that begin an expression when they start a statement (in an argument they are barewords). */
    private Token statementStart(char c, int start) {
        char n = at(pos + 1);
        switch (c) {
            case '[': pos++; return token(TokenKind.LBRACKET, start, pos, null);
            case '!': pos++; return token(TokenKind.EXCLAIM, start, pos, null);
            case '+':
                if (n == '+') { pos += 2; return token(TokenKind.PLUSPLUS, start, pos, null); }
                pos++;
                return token(TokenKind.PLUS, start, pos, null);
            case '.':
                if (n == '\0' || CharClass.isBlank(n) || CharClass.isNewline(n) || n == '$' || n == '{'
                        || n == '(' || CharClass.isQuote(n)) {
                    pos++;
                    return token(TokenKind.DOT, start, pos, null);
                }
                return null;
            case ':':
                if (CharClass.isIdentifierStart(n)) {
                    int i = pos + 1;
                    while (i < end && CharClass.isIdentifierChar(s.charAt(i))) i++;
                    pos = i;
                    return token(TokenKind.LABEL, start, pos, s.substring(start + 1, i));
                }
                return null;
            default:
                if (CharClass.isDash(c) && CharClass.isDash(n)) {
                    pos += 2;
                    return token(TokenKind.MINUSMINUS, start, pos, null);
                }
                if (CharClass.isDash(c)) {
                    pos++;
                    return token(TokenKind.MINUS, start, pos, null);
                }
                return leadingNumber(start);
        }
    }

    /**
     * A number that starts a statement is an expression when an operator or delimiter follows it (1..3, 5 + 1);
     * otherwise the word is a command name (7z.exe).
     */
    private Token leadingNumber(int start) {
        int len = NumberLiteral.scan(s, start, end);
        if (len == 0) return null;
        char f = at(start + len);
        if (f == '\0' || CharClass.isBlank(f) || CharClass.isNewline(f) || CharClass.isDash(f)
                || ";,|&(){}[]<>=+*/%!.".indexOf(f) >= 0) {
            pos = start + len;
            return token(TokenKind.NUMBER, start, pos, NumberLiteral.value(s.substring(start, pos)));
        }
        return null;
    }

    /** A bareword: everything up to a blank or a delimiter; quotes, escapes and $( ) inside are kept whole. */
    private Token generic(int start) {
        int i = pos;
        while (i < end) {
            char c = s.charAt(i);
            if (CharClass.endsGeneric(c)) break;
            if (c == '`') {
                i += 2;
                continue;
            }
            if (CharClass.isQuote(c)) {
                i = strings.skipQuoted(i);
                continue;
            }
            if (c == '$' && at(i + 1) == '(') {
                i = strings.skipSubexpression(i + 1);
                continue;
            }
            i++;
        }
        i = Math.min(i, end);
        pos = i;
        String text = s.substring(start, i);
        Number number = NumberLiteral.parse(text);
        if (number != null) return token(TokenKind.NUMBER, start, i, number);
        return token(TokenKind.GENERIC, start, i, text);
    }

    /** $env:TEMP\\x in an argument is one word with a variable in it, not a variable followed by more. */
    private boolean continuesBareword(int i) {
        if (i >= end) return false;
        char c = s.charAt(i);
        return !CharClass.endsGeneric(c) && c != '.' && c != '[' && c != ',';
    }

    /** Skips blanks, comments and backtick line continuations. */
    private void skipTrivia() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (CharClass.isBlank(c)) {
                pos++;
            } else if (c == '`' && CharClass.isNewline(at(pos + 1))) {
                pos += at(pos + 1) == '\r' && at(pos + 2) == '\n' ? 3 : 2;
            } else if (c == '`' && pos + 1 >= end) {
                error("IncompleteInput", "Incomplete string token.", pos, pos + 1, true);
                pos++;
            } else if (c == '#') {
                while (pos < end && !CharClass.isNewline(s.charAt(pos))) pos++;
            } else if (c == '<' && at(pos + 1) == '#') {
                int close = s.indexOf("#>", pos + 2);
                if (close < 0 || close + 2 > end) {
                    error("MissingTerminatorMultiLineComment", "The terminator '#>' is missing from the multiline comment.",
                            pos, end, true);
                    pos = end;
                } else {
                    pos = close + 2;
                }
            } else {
                return;
            }
        }
    }
}
