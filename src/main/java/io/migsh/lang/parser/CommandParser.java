package io.migsh.lang.parser;

import io.migsh.lang.ast.CommandElement;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Expression.StringKind;
import io.migsh.lang.ast.PipelineElement;
import io.migsh.lang.ast.Redirection;
import io.migsh.lang.lexer.Extent;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands in command mode (about_Parsing): a name, then -Parameters and arguments where barewords are strings,
 * numbers are numbers, and $variables, ( ), $( ), @( ), @{ } and { } are values; commas make arrays.
 */
abstract class CommandParser extends ExpressionParser {
    CommandParser(SourceText source, int start, int end, List<ParseError> errors) {
        super(source, start, end, errors);
    }

    /** True when a token read at the start of a pipeline element begins a command rather than an expression. */
    static boolean startsCommand(Token t) {
        return t.kind() == TokenKind.GENERIC || t.kind() == TokenKind.AMPERSAND || t.kind() == TokenKind.DOT;
    }

    /** command: [&amp; | .] name elements* redirections* */
    PipelineElement.Command command() {
        Token first = next(Mode.STATEMENT);
        String invocation = null;
        Expression name;
        if (first.kind() == TokenKind.AMPERSAND || first.kind() == TokenKind.DOT) {
            invocation = first.kind() == TokenKind.AMPERSAND ? "&" : ".";
            name = argumentPrimary();
            if (name == null) {
                throw fail("MissingExpression", "Missing expression after '" + invocation + "' in pipeline element.",
                        peek(Mode.COMMAND));
            }
        } else {
            name = bareword(first);
        }
        List<CommandElement> elements = new ArrayList<>();
        List<Redirection> redirections = new ArrayList<>();
        Extent last = name.extent();
        boolean endOfParameters = false;
        while (true) {
            Token t = peek(Mode.COMMAND);
            if (t.kind() == TokenKind.PARAMETER && endOfParameters) {
                // After "--" a word that starts with a dash is an argument, not a parameter name (about_Parsing).
                next(Mode.COMMAND);
                elements.add(new CommandElement.Argument(t.extent(),
                        new Expression.StringConstant(t.extent(), t.text(), StringKind.BARE)));
                last = t.extent();
                continue;
            }
            if (t.kind() == TokenKind.GENERIC && t.text().equals("--") && !endOfParameters) {
                next(Mode.COMMAND);
                endOfParameters = true;
                last = t.extent();
                continue;
            }
            switch (t.kind()) {
                case NEWLINE, SEMI, RPAREN, RCURLY, EOF, PIPE, ANDAND, OROR -> {
                    return new PipelineElement.Command(span(first.start(), last.end()), invocation, name, elements,
                            redirections);
                }
                case AMPERSAND -> throw fail("AmpersandNotAllowed", "The ampersand (&) character is not allowed. The & "
                        + "operator is reserved for future use; wrap an ampersand in double quotation marks (\"&\") to "
                        + "pass it as part of a string.", t);
                case PARAMETER -> {
                    next(Mode.COMMAND);
                    Expression arg = null;
                    if (t.end() > t.contentEnd()) {
                        arg = argument();
                        if (arg == null) {
                            throw fail("ParameterRequiresArgument", "Parameter -" + t.value()
                                    + " requires an argument.", t);
                        }
                    }
                    Extent e = arg == null ? t.extent() : t.extent().to(arg.extent());
                    elements.add(new CommandElement.Parameter(e, t.stringValue(), arg));
                    last = e;
                }
                case REDIRECTION -> {
                    Redirection r = redirection();
                    redirections.add(r);
                    last = r.extent();
                }
                default -> {
                    Expression arg = argument();
                    if (arg == null) throw unexpected(t);
                    elements.add(new CommandElement.Argument(arg.extent(), arg));
                    last = arg.extent();
                }
            }
        }
    }

    /** An argument: one value, or several separated by commas (an array). */
    Expression argument() {
        Expression first = argumentPrimary();
        if (first == null || !at(TokenKind.COMMA, Mode.COMMAND)) return first;
        List<Expression> items = new ArrayList<>();
        items.add(first);
        Expression last = first;
        while (accept(TokenKind.COMMA, Mode.COMMAND)) {
            skipNewlines();
            last = argumentPrimary();
            if (last == null) {
                throw fail("MissingExpressionAfterToken", "Missing expression after ','.", peek(Mode.COMMAND));
            }
            items.add(last);
        }
        return new Expression.ArrayLiteral(first.extent().to(last.extent()), items);
    }

    /** One argument value in command mode, or null when the next token is not one. */
    Expression argumentPrimary() {
        Token t = peek(Mode.COMMAND);
        switch (t.kind()) {
            case GENERIC:
                next(Mode.COMMAND);
                return bareword(t);
            case NUMBER:
                next(Mode.COMMAND);
                return new Expression.Constant(t.extent(), t.value());
            case SPLAT:
                next(Mode.COMMAND);
                return variable(t.extent(), t.stringValue(), true);
            case VARIABLE:
                next(Mode.COMMAND);
                return postfix(variable(t.extent(), t.stringValue(), false));
            case STRING_LITERAL, STRING_EXPANDABLE, HERE_LITERAL, HERE_EXPANDABLE, LPAREN, DOLLAR_PAREN, AT_PAREN,
                    AT_CURLY, LCURLY: {
                Expression p = primary();
                return p == null ? null : postfix(p);
            }
            default:
                return null;
        }
    }

    /** A bareword: a plain string, or an expandable one when it holds $variables, escapes or quotes. */
    Expression bareword(Token t) {
        String text = t.text();
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c != '$' && c != '`' && !io.migsh.lang.lexer.CharClass.isQuote(c);
        }
        if (plain) return new Expression.StringConstant(t.extent(), text, StringKind.BARE);
        return expandString(t);
    }

    /** &gt; file, &gt;&gt; file, 2&gt; file, 2&gt;&amp;1, *&gt; file. */
    Redirection redirection() {
        Token t = next(Mode.COMMAND);
        String op = t.stringValue();
        char c = op.charAt(0);
        String stream = Character.isDigit(c) || c == '*' ? String.valueOf(c) : "1";
        boolean append = op.contains(">>");
        int amp = op.indexOf('&');
        if (amp >= 0) return new Redirection(t.extent(), stream, false, null, op.substring(amp + 1));
        Expression target = argumentPrimary();
        if (target == null) {
            throw fail("MissingFileSpecification", "Missing file specification after redirection operator.",
                    peek(Mode.COMMAND));
        }
        return new Redirection(t.extent().to(target.extent()), stream, append, target, null);
    }

    /** Redirections after an expression at the head of a pipeline ("text" &gt; file.txt). */
    List<Redirection> trailingRedirections() {
        List<Redirection> out = new ArrayList<>();
        while (at(TokenKind.REDIRECTION, Mode.EXPRESSION)) out.add(redirection());
        return out;
    }
}
