package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.PipelineElement;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.lang.lexer.Extent;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Statement lists, pipelines and assignments; the keyword statements are in {@link FlowParser}. */
abstract class StatementParser extends CommandParser {
    StatementParser(SourceText source, int start, int end, List<ParseError> errors) {
        super(source, start, end, errors);
    }

    /** statements separated by newlines or ';' up to the terminator (not consumed). */
    @Override
    List<Statement> statementList(TokenKind terminator) {
        List<Statement> out = new ArrayList<>();
        while (true) {
            skipNewlinesAndSemis();
            Token t = peek(Mode.EXPRESSION);
            if (t.kind() == terminator || t.kind() == TokenKind.EOF) return out;
            if (t.kind() == TokenKind.RCURLY || t.kind() == TokenKind.RPAREN) {
                if (terminator == TokenKind.EOF) throw unexpected(t);
                return out;
            }
            out.add(statement());
            Token sep = peek(Mode.EXPRESSION);
            switch (sep.kind()) {
                case NEWLINE, SEMI, EOF, RCURLY, RPAREN -> { }
                default -> throw unexpected(sep);
            }
        }
    }

    /** { statements } with the brace error PowerShell gives when the closing one is missing. */
    StatementBlock statementBlock() {
        Token open = next(Mode.EXPRESSION);
        List<Statement> body = statementList(TokenKind.RCURLY);
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RCURLY) {
            throw fail("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.",
                    open.extent(), close.kind() == TokenKind.EOF);
        }
        next(Mode.EXPRESSION);
        return new StatementBlock(span(open.start(), close.end()), body);
    }

    /** True when the next token (after newlines, which are skipped) is '{'. */
    boolean blockAhead() {
        int m = mark();
        skipNewlines();
        if (at(TokenKind.LCURLY, Mode.EXPRESSION)) return true;
        reset(m);
        return false;
    }

    /** pipeline: an assignment, or elements joined by | (a line may also start with | to continue, as in PS 7). */
    @Override
    Statement pipelineStatement() {
        boolean saved = commaAllowed;
        commaAllowed = true;
        try {
            Token t = peek(Mode.STATEMENT);
            List<PipelineElement> elements = new ArrayList<>();
            if (startsCommand(t)) {
                elements.add(command());
            } else {
                Expression e = expression();
                if (e == null) throw unexpected(peek(Mode.EXPRESSION));
                Token op = peek(Mode.EXPRESSION);
                String assign = assignmentOperator(op);
                if (assign != null) return assignment(e, op, assign);
                elements.add(new PipelineElement.ExpressionElement(e.extent(), e, trailingRedirections()));
            }
            while (pipeAhead()) {
                Token pipe = next(Mode.EXPRESSION);
                skipNewlines();
                Token c = peek(Mode.STATEMENT);
                if (!startsCommand(c)) {
                    if (c.kind() == TokenKind.EOF || c.kind() == TokenKind.NEWLINE || c.kind() == TokenKind.SEMI
                            || c.kind() == TokenKind.PIPE || c.kind() == TokenKind.RCURLY
                            || c.kind() == TokenKind.RPAREN) {
                        throw fail("EmptyPipeElement", "An empty pipe element is not allowed.",
                                new Extent(source, pipe.end(), pipe.end()), c.kind() == TokenKind.EOF);
                    }
                    throw fail("ExpressionsMustBeFirstInPipeline",
                            "Expressions are only allowed as the first element of a pipeline.", c);
                }
                elements.add(command());
            }
            Extent extent = elements.get(0).extent().to(elements.get(elements.size() - 1).extent());
            return new Statement.Pipeline(extent, elements);
        } finally {
            commaAllowed = saved;
        }
    }

    private boolean pipeAhead() {
        Token t = peek(Mode.EXPRESSION);
        if (t.kind() == TokenKind.PIPE) return true;
        if (t.kind() != TokenKind.NEWLINE) return false;
        int m = mark();
        skipNewlines();
        if (at(TokenKind.PIPE, Mode.EXPRESSION)) return true;
        reset(m);
        return false;
    }

    private static String assignmentOperator(Token t) {
        return switch (t.kind()) {
            case EQUALS -> "=";
            case PLUS_EQUALS -> "+=";
            case MINUS_EQUALS -> "-=";
            case STAR_EQUALS -> "*=";
            case SLASH_EQUALS -> "/=";
            case PERCENT_EQUALS -> "%=";
            case QUESTION_QUESTION_EQUALS -> "??=";
            default -> null;
        };
    }

    private Statement assignment(Expression target, Token op, String assign) {
        if (!assignable(target)) {
            throw fail("InvalidLeftHandSide", "The assignment expression is not valid. The input to an assignment "
                    + "operator must be an object that is able to accept assignments, such as a variable or a property.",
                    target.extent(), false);
        }
        next(Mode.EXPRESSION);
        skipNewlines();
        Token v = peek(Mode.STATEMENT);
        switch (v.kind()) {
            case EOF, NEWLINE, SEMI, RCURLY, RPAREN, PIPE -> throw fail("ExpectedValueExpression",
                    "You must provide a value expression following the '" + op.text() + "' operator.", after(op),
                    v.kind() == TokenKind.EOF);
            default -> { }
        }
        Statement value = statement();
        return new Statement.Assignment(target.extent().to(value.extent()), target, assign, value);
    }

    static boolean assignable(Expression e) {
        if (e instanceof Expression.Variable || e instanceof Expression.Member || e instanceof Expression.Index) {
            return true;
        }
        if (e instanceof Expression.Convert c) return assignable(c.operand());
        if (e instanceof Expression.ArrayLiteral a) return a.elements().stream().allMatch(StatementParser::assignable);
        if (e instanceof Expression.Paren p && p.pipeline() instanceof Statement.Pipeline pl
                && pl.elements().size() == 1
                && pl.elements().get(0) instanceof PipelineElement.ExpressionElement x) {
            return assignable(x.expression());
        }
        return false;
    }

    /** The keyword a statement starts with, in lower case, or null. */
    static String keyword(Token t) {
        if (t.kind() != TokenKind.GENERIC) return null;
        String w = t.text().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "if", "foreach", "for", "while", "do", "switch", "function", "filter", "try", "throw", "return",
                    "exit", "break", "continue" -> w;
            default -> null;
        };
    }
}
