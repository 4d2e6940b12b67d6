package io.migsh.lang.parser;

import io.migsh.lang.ast.AttributeAst;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.ParamBlock;
import io.migsh.lang.ast.ParameterAst;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.lang.ast.TypeName;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a whole script into a {@link ScriptBlockAst}: param block, named blocks or statements, functions. */
public final class Parser extends FlowParser {
    private Parser(SourceText source, int start, int end, List<ParseError> errors) {
        super(source, start, end, errors);
    }

    /** Parses a script; errors are collected, never thrown. */
    public static ParseResult parse(String file, String text) {
        SourceText source = new SourceText(file, text);
        List<ParseError> errors = new ArrayList<>();
        Parser p = new Parser(source, 0, text.length(), errors);
        ScriptBlockAst ast = null;
        try {
            ast = p.scriptBlockBody(0, TokenKind.EOF);
        } catch (ParseAbort | StackOverflowError e) {
            if (e instanceof StackOverflowError) {
                errors.add(new ParseError("ScriptTooComplicated", "Processing was stopped because the script is too "
                        + "complex.", p.span(0, 0), false));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.extent().start(), b.extent().start()));
        return new ParseResult(errors.isEmpty() ? ast : null, List.copyOf(errors));
    }

    /** Statements of a $( ) inside an expandable string, parsed in place so positions stay true. */
    List<Statement> nested(int start, int end) {
        Parser inner = new Parser(source, start, end, errors);
        List<Statement> out = inner.statementList(TokenKind.EOF);
        Token t = inner.peek(Mode.EXPRESSION);
        if (t.kind() != TokenKind.EOF) throw inner.unexpected(t);
        return out;
    }

    @Override
    Expression expandString(Token t) {
        return new StringExpander(this).expand(t);
    }

    @Override
    ScriptBlockAst scriptBlockBody(int start, TokenKind terminator) {
        boolean saved = commaAllowed;
        commaAllowed = true;
        skipNewlinesAndSemis();
        ParamBlock params = paramBlock();
        skipNewlinesAndSemis();
        StatementBlock begin = null;
        StatementBlock process = null;
        StatementBlock end = null;
        if (namedBlockAhead()) {
            while (true) {
                skipNewlinesAndSemis();
                Token t = peek(Mode.STATEMENT);
                if (t.kind() == terminator || t.kind() == TokenKind.EOF) break;
                String name = t.kind() == TokenKind.GENERIC ? t.text().toLowerCase(Locale.ROOT) : "";
                if (!name.equals("begin") && !name.equals("process") && !name.equals("end")
                        && !name.equals("dynamicparam")) {
                    throw fail("MissingNamedBlocks", "unexpected token '" + t.text()
                            + "', expected 'begin', 'process', 'end', or 'dynamicparam'.", t);
                }
                next(Mode.STATEMENT);
                StatementBlock block = requireBlock("MissingNamedStatementBlock",
                        "Missing statement block after '" + name + "'.");
                if ((name.equals("begin") && begin != null) || (name.equals("process") && process != null)
                        || (name.equals("end") && end != null)) {
                    throw fail("DuplicateScriptCommandClause", "Script command clause '" + name
                            + "' has already been defined.", t);
                }
                switch (name) {
                    case "begin" -> begin = block;
                    case "process" -> process = block;
                    case "end" -> end = block;
                    default -> { }
                }
            }
        } else {
            int bodyStart = mark();
            List<Statement> statements = statementList(terminator);
            end = new StatementBlock(span(bodyStart, mark()), statements);
        }
        Token close = peek(Mode.EXPRESSION);
        if (terminator == TokenKind.RCURLY) {
            if (close.kind() != TokenKind.RCURLY) {
                throw fail("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.",
                        span(start, start + 1), close.kind() == TokenKind.EOF);
            }
            next(Mode.EXPRESSION);
        } else if (close.kind() != TokenKind.EOF) {
            throw unexpected(close);
        }
        commaAllowed = saved;
        return new ScriptBlockAst(span(start, mark()), params, begin, process, end);
    }

    private boolean namedBlockAhead() {
        int m = mark();
        Token t = next(Mode.STATEMENT);
        boolean named = false;
        if (isWord(t, "begin") || isWord(t, "process") || isWord(t, "end") || isWord(t, "dynamicparam")) {
            skipNewlines();
            named = at(TokenKind.LCURLY, Mode.EXPRESSION);
        }
        reset(m);
        return named;
    }

    /** [CmdletBinding()] param( parameters ), or null when the body has none. */
    private ParamBlock paramBlock() {
        int m = mark();
        int errorCount = errors.size();
        List<AttributeAst> attributes = new ArrayList<>();
        try {
            while (at(TokenKind.LBRACKET, Mode.EXPRESSION)) {
                attributes.add(attribute());
                skipNewlines();
            }
        } catch (ParseAbort e) {
            while (errors.size() > errorCount) errors.remove(errors.size() - 1);
            reset(m);
            return null;
        }
        Token t = peek(Mode.STATEMENT);
        if (!isWord(t, "param")) {
            reset(m);
            return null;
        }
        int afterWord = t.end();
        next(Mode.STATEMENT);
        skipNewlines();
        if (!at(TokenKind.LPAREN, Mode.EXPRESSION)) {
            reset(m);
            return null;
        }
        next(Mode.EXPRESSION);
        List<ParameterAst> parameters = parameterList();
        return new ParamBlock(span(attributes.isEmpty() ? t.start() : attributes.get(0).extent().start(),
                Math.max(afterWord, mark())), attributes, parameters);
    }

    /** Parameters after '(' up to and including ')': [attributes] $name [= default], ... */
    private List<ParameterAst> parameterList() {
        List<ParameterAst> out = new ArrayList<>();
        skipNewlines();
        if (accept(TokenKind.RPAREN, Mode.EXPRESSION)) return out;
        while (true) {
            skipNewlines();
            int start = mark();
            List<AttributeAst> attributes = new ArrayList<>();
            while (at(TokenKind.LBRACKET, Mode.EXPRESSION)) {
                attributes.add(attribute());
                skipNewlines();
            }
            Token v = next(Mode.EXPRESSION);
            if (v.kind() != TokenKind.VARIABLE) {
                throw fail("InvalidFunctionParameter", "Parameter declarations are a comma-separated list of variable "
                        + "names with optional initializer expressions.", v);
            }
            Expression defaultValue = null;
            skipNewlines();
            if (accept(TokenKind.EQUALS, Mode.EXPRESSION)) {
                skipNewlines();
                boolean saved = commaAllowed;
                commaAllowed = false;
                defaultValue = expression();
                commaAllowed = saved;
                if (defaultValue == null) {
                    throw fail("ExpectedValueExpression", "You must provide a value expression following the '=' "
                            + "operator.", peek(Mode.EXPRESSION));
                }
            }
            String name = v.stringValue();
            for (ParameterAst p : out) {
                if (p.name().equalsIgnoreCase(name)) {
                    throw fail("DuplicateFormalParameter", "Duplicate parameter $" + name + " in parameter list.", v);
                }
            }
            out.add(new ParameterAst(span(start, mark()), name, attributes, defaultValue));
            skipNewlines();
            if (accept(TokenKind.COMMA, Mode.EXPRESSION)) continue;
            Token close = peek(Mode.EXPRESSION);
            if (close.kind() != TokenKind.RPAREN) {
                throw fail("MissingEndParenthesisInFunctionParameterList", "Missing ')' in function parameter list.",
                        close);
            }
            next(Mode.EXPRESSION);
            return out;
        }
    }

    /** [Name(arguments)] or a type constraint [type]. */
    private AttributeAst attribute() {
        Token open = next(Mode.EXPRESSION);
        TypeName type = typeNameBody();
        List<Expression> positional = new ArrayList<>();
        Map<String, Expression> named = new LinkedHashMap<>();
        boolean isAttribute = false;
        if (at(TokenKind.LPAREN, Mode.EXPRESSION)) {
            isAttribute = true;
            next(Mode.EXPRESSION);
            boolean saved = commaAllowed;
            commaAllowed = false;
            while (true) {
                skipNewlines();
                if (accept(TokenKind.RPAREN, Mode.EXPRESSION)) break;
                Token t = peek(Mode.EXPRESSION);
                if (t.kind() == TokenKind.IDENTIFIER) {
                    next(Mode.EXPRESSION);
                    skipNewlines();
                    Expression value = new Expression.Constant(t.extent(), Boolean.TRUE);
                    if (accept(TokenKind.EQUALS, Mode.EXPRESSION)) {
                        skipNewlines();
                        value = expression();
                        if (value == null) throw unexpected(peek(Mode.EXPRESSION));
                    }
                    named.put(t.text(), value);
                } else {
                    Expression value = expression();
                    if (value == null) throw unexpected(t);
                    positional.add(value);
                }
                skipNewlines();
                if (accept(TokenKind.COMMA, Mode.EXPRESSION)) continue;
                Token close = peek(Mode.EXPRESSION);
                if (close.kind() != TokenKind.RPAREN) {
                    throw fail("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", close);
                }
                next(Mode.EXPRESSION);
                break;
            }
            commaAllowed = saved;
        }
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RBRACKET) {
            throw fail("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.",
                    close);
        }
        next(Mode.EXPRESSION);
        return new AttributeAst(span(open.start(), close.end()), type, !isAttribute, positional, named);
    }

    /** function name [( parameters )] { body } and filter name { body }. */
    @Override
    Statement functionDefinition() {
        Token kw = next(Mode.STATEMENT);
        boolean filter = kw.text().equalsIgnoreCase("filter");
        Token nameToken = next(Mode.COMMAND);
        if (nameToken.kind() != TokenKind.GENERIC) {
            throw fail("MissingNameAfterKeyword", "Missing name after " + kw.text().toLowerCase(Locale.ROOT)
                    + " keyword.", nameToken);
        }
        List<ParameterAst> parameters = null;
        skipNewlines();
        if (at(TokenKind.LPAREN, Mode.EXPRESSION)) {
            next(Mode.EXPRESSION);
            parameters = parameterList();
            skipNewlines();
        }
        Token open = peek(Mode.EXPRESSION);
        if (open.kind() != TokenKind.LCURLY) {
            throw fail("MissingFunctionBody", "Missing function body in function declaration.", open);
        }
        next(Mode.EXPRESSION);
        ScriptBlockAst body = scriptBlockBody(open.start(), TokenKind.RCURLY);
        if (parameters != null) {
            if (body.paramBlock() != null) {
                throw fail("OnlyOneParameterListAllowed", "The param statement cannot be used if arguments were "
                        + "specified in the function declaration.", body.paramBlock().extent(), false);
            }
            body = new ScriptBlockAst(body.extent(), new ParamBlock(nameToken.extent(), List.of(), parameters),
                    body.begin(), body.process(), body.end());
        }
        if (filter) body = body.asFilter();
        return new Statement.FunctionDefinition(span(kw, body.extent()), nameToken.text(), filter, body);
    }
}
