package io.migsh.lang;

import io.migsh.lang.lexer.Lexer;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import io.migsh.lang.parser.ParseResult;
import io.migsh.lang.parser.Parser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each stretch of an input line is, for colouring as it is typed: read with the language's own lexer in the
 * same modes the parser uses, so a command name, a -Parameter, a bareword and an operator look as they will run.
 */
public final class Highlighting {
    /** The kinds of text an input line distinguishes. */
    public enum Kind { COMMAND, UNKNOWN_COMMAND, PARAMETER, STRING, VARIABLE, NUMBER, COMMENT, OPERATOR, KEYWORD, TYPE, ERROR }

    /** One stretch [start, end) of the text. */
    public record Span(int start, int end, Kind kind) {}

    private static final Set<String> KEYWORDS = Set.of("if", "elseif", "else", "foreach", "for", "while", "do", "until",
            "switch", "function", "filter", "param", "begin", "process", "end", "try", "catch", "finally", "throw",
            "return", "exit", "break", "continue", "trap", "in", "default");

    private Highlighting() {}

    /** The spans of a text; {@code commandExists} tells known command names from unknown ones. */
    public static List<Span> spans(String text, Predicate<String> commandExists) {
        List<Span> out = new ArrayList<>();
        SourceText source = new SourceText(null, text);
        Lexer lexer = new Lexer(source, 0, text.length(), new ArrayList<ParseError>());
        Deque<Mode> stack = new ArrayDeque<>();
        Mode mode = Mode.STATEMENT;
        boolean nameNext = false;
        int previousEnd = 0;
        while (true) {
            Token t = lexer.next(mode);
            comments(text, previousEnd, t.start(), out);
            if (t.kind() == TokenKind.EOF) break;
            previousEnd = t.end();
            TokenKind k = t.kind();
            switch (k) {
                case NEWLINE, SEMI, PIPE, ANDAND, OROR -> mode = Mode.STATEMENT;
                case LCURLY, LPAREN, DOLLAR_PAREN, AT_PAREN -> {
                    stack.push(mode == Mode.STATEMENT ? Mode.EXPRESSION : mode);
                    mode = Mode.STATEMENT;
                }
                case AT_CURLY -> {
                    stack.push(mode == Mode.STATEMENT ? Mode.EXPRESSION : mode);
                    mode = Mode.EXPRESSION;
                }
                case RCURLY, RPAREN -> mode = stack.isEmpty() ? Mode.EXPRESSION : stack.pop();
                case LBRACKET -> {
                    int end = typeEnd(text, t.end());
                    if (end > 0) {
                        out.add(new Span(t.start(), end, Kind.TYPE));
                        lexer.reset(end);
                        previousEnd = end;
                        mode = Mode.EXPRESSION;
                    }
                }
                case VARIABLE, SPLAT -> {
                    out.add(new Span(t.start(), t.end(), Kind.VARIABLE));
                    if (mode == Mode.STATEMENT) mode = Mode.EXPRESSION;
                }
                case NUMBER -> {
                    out.add(new Span(t.start(), t.end(), Kind.NUMBER));
                    if (mode == Mode.STATEMENT) mode = Mode.EXPRESSION;
                }
                case STRING_LITERAL, STRING_EXPANDABLE, HERE_LITERAL, HERE_EXPANDABLE -> {
                    boolean expands = k == TokenKind.STRING_EXPANDABLE || k == TokenKind.HERE_EXPANDABLE;
                    if (expands) expandable(text, t.start(), t.end(), out);
                    else out.add(new Span(t.start(), t.end(), Kind.STRING));
                    if (mode == Mode.STATEMENT) mode = Mode.EXPRESSION;
                }
                case PARAMETER -> out.add(new Span(t.start(), t.end(), mode == Mode.COMMAND ? Kind.PARAMETER : Kind.ERROR));
                case EQUALS, PLUS_EQUALS, MINUS_EQUALS, STAR_EQUALS, SLASH_EQUALS, PERCENT_EQUALS,
                        QUESTION_QUESTION_EQUALS, QUESTION, COLON -> {
                    out.add(new Span(t.start(), t.end(), Kind.OPERATOR));
                    mode = Mode.STATEMENT;
                }
                case OPERATOR, PLUS, MINUS, STAR, SLASH, PERCENT, EXCLAIM, DOTDOT, PLUSPLUS, MINUSMINUS, REDIRECTION,
                        COLONCOLON, QUESTION_QUESTION -> {
                    out.add(new Span(t.start(), t.end(), Kind.OPERATOR));
                    if (mode == Mode.STATEMENT) mode = Mode.EXPRESSION;
                }
                case AMPERSAND, DOT -> {
                    if (mode == Mode.STATEMENT) {
                        out.add(new Span(t.start(), t.end(), Kind.OPERATOR));
                        mode = Mode.COMMAND;
                    }
                }
                case LABEL -> out.add(new Span(t.start(), t.end(), Kind.KEYWORD));
                case GENERIC -> {
                    if (nameNext) {
                        out.add(new Span(t.start(), t.end(), Kind.COMMAND));
                        nameNext = false;
                        mode = Mode.EXPRESSION;
                    } else if (mode == Mode.STATEMENT) {
                        String word = t.text().toLowerCase(Locale.ROOT);
                        if (KEYWORDS.contains(word)) {
                            out.add(new Span(t.start(), t.end(), Kind.KEYWORD));
                            nameNext = word.equals("function") || word.equals("filter");
                            if (nameNext) mode = Mode.COMMAND;
                        } else {
                            boolean known = commandExists.test(t.text()) || t.text().contains("\\")
                                    || t.text().contains("/");
                            out.add(new Span(t.start(), t.end(), known ? Kind.COMMAND : Kind.UNKNOWN_COMMAND));
                            mode = Mode.COMMAND;
                        }
                    }
                }
                case IDENTIFIER -> {
                    if (KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT)) && t.text().equalsIgnoreCase("in")) {
                        out.add(new Span(t.start(), t.end(), Kind.KEYWORD));
                    }
                }
                default -> { }
            }
        }
        ParseResult parsed = Parser.parse(null, text);
        if (!parsed.ok() && !parsed.incomplete()) {
            ParseError e = parsed.errors().get(0);
            int start = Math.min(e.extent().start(), text.length());
            int end = Math.max(start + 1, Math.min(e.extent().end(), text.length()));
            if (start < text.length()) out.add(new Span(start, Math.min(end, text.length()), Kind.ERROR));
        }
        return ordered(out);
    }

    private static final Pattern EMBEDDED_VARIABLE =
            Pattern.compile("\\$(\\{[^}]*\\}|[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z_][A-Za-z0-9_]*)?|[?^$_])");

    /** A double-quoted string, its $variables marked inside it as PSReadLine marks them (a backtick escapes '$'). */
    private static void expandable(String text, int start, int end, List<Span> out) {
        Matcher m = EMBEDDED_VARIABLE.matcher(text).region(start, end);
        int at = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '$' && m.find(i) && m.start() == i && m.end() <= end) {
                if (i > at) out.add(new Span(at, i, Kind.STRING));
                out.add(new Span(i, m.end(), Kind.VARIABLE));
                at = m.end();
                i = at - 1;
            }
        }
        if (end > at) out.add(new Span(at, end, Kind.STRING));
    }

    /** The end of a [Type.Name] or [Type[]] starting after '[', or -1 when the bracket is not a type. */
    private static int typeEnd(String text, int i) {
        if (i >= text.length() || !Character.isLetter(text.charAt(i))) return -1;
        int depth = 1;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return j + 1;
            else if (!(Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '`' || c == '_' || c == ' ')) return -1;
        }
        return -1;
    }

    private static void comments(String text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '#') {
                int end = i;
                while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
                out.add(new Span(i, end, Kind.COMMENT));
                i = end;
            } else if (c == '<' && i + 1 < to && text.charAt(i + 1) == '#') {
                int close = text.indexOf("#>", i + 2);
                int end = close < 0 || close + 2 > to ? to : close + 2;
                out.add(new Span(i, end, Kind.COMMENT));
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Sorted by start; an error span replaces what it overlaps. */
    private static List<Span> ordered(List<Span> spans) {
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.kind() == Kind.ERROR ? 0 : 1, b.kind() == Kind.ERROR ? 0 : 1));
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) continue;
            out.add(s);
            at = s.end();
        }
        return out;
    }
}
