package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.lang.ast.TypeName;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The keyword statements: if, loops, switch, try/catch/finally, and break/continue/return/exit/throw. */
abstract class FlowParser extends StatementParser {
    FlowParser(SourceText source, int start, int end, List<ParseError> errors) {
        super(source, start, end, errors);
    }

    abstract Statement functionDefinition();

    @Override
    Statement statement() {
        Token t = peek(Mode.STATEMENT);
        String label = null;
        if (t.kind() == TokenKind.LABEL) {
            next(Mode.STATEMENT);
            label = t.stringValue();
            t = peek(Mode.STATEMENT);
        }
        String kw = keyword(t);
        if (kw == null) return chain();
        return switch (kw) {
            case "if" -> ifStatement();
            case "foreach" -> foreachStatement(label);
            case "for" -> forStatement(label);
            case "while" -> whileStatement(label);
            case "do" -> doStatement(label);
            case "switch" -> new SwitchParser(this).parse(label);
            case "function", "filter" -> functionDefinition();
            case "try" -> tryStatement();
            case "break", "continue" -> loopControl(kw);
            default -> valueStatement(kw);
        };
    }

    /** pipeline-chain: pipeline ((&amp;&amp; | ||) pipeline)* */
    private Statement chain() {
        Statement left = pipelineStatement();
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (t.kind() != TokenKind.ANDAND && t.kind() != TokenKind.OROR) return left;
            next(Mode.EXPRESSION);
            skipNewlines();
            Token c = peek(Mode.STATEMENT);
            if (c.kind() == TokenKind.EOF || c.kind() == TokenKind.NEWLINE || c.kind() == TokenKind.SEMI) {
                throw fail("EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.", c);
            }
            Statement right = pipelineStatement();
            left = new Statement.Chain(left.extent().to(right.extent()), left, t.text(), right);
        }
    }

    /** The '( pipeline )' after if, while, switch: returns the pipeline. */
    Statement condition(Token keyword, String missingOpenId, String missingOpen) {
        skipNewlines();
        Token open = peek(Mode.EXPRESSION);
        if (open.kind() != TokenKind.LPAREN) throw fail(missingOpenId, missingOpen, open);
        next(Mode.EXPRESSION);
        skipNewlines();
        Token c = peek(Mode.STATEMENT);
        if (c.kind() == TokenKind.RPAREN || c.kind() == TokenKind.EOF) {
            String k = keyword.text().toLowerCase(Locale.ROOT);
            if (k.equals("if") || k.equals("elseif")) {
                throw fail("IfStatementMissingCondition", "Missing condition in if statement after '" + k + " ('.", c);
            }
            throw fail("MissingExpressionAfterKeyword", "Missing expression after '" + k + "' in loop.", c);
        }
        Statement cond = pipelineStatement();
        skipNewlines();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RPAREN) {
            throw fail("MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in '"
                    + keyword.text().toLowerCase(Locale.ROOT) + "' statement.", close);
        }
        next(Mode.EXPRESSION);
        return cond;
    }

    StatementBlock requireBlock(String id, String message) {
        if (!blockAhead()) throw fail(id, message, peek(Mode.EXPRESSION));
        return statementBlock();
    }

    private Statement ifStatement() {
        Token kw = next(Mode.STATEMENT);
        List<Statement.IfClause> clauses = new ArrayList<>();
        Token clauseKw = kw;
        StatementBlock elseBody = null;
        while (true) {
            String k = clauseKw.text().toLowerCase(Locale.ROOT);
            Statement cond = condition(clauseKw, "MissingOpenParenthesisInIfStatement",
                    "Missing '(' after '" + k + "' in if statement.");
            StatementBlock body = requireBlock("MissingStatementBlock",
                    "Missing statement block after " + k + " ( condition ).");
            clauses.add(new Statement.IfClause(cond, body));
            int m = mark();
            skipNewlines();
            Token n = peek(Mode.STATEMENT);
            if (isWord(n, "elseif")) {
                clauseKw = next(Mode.STATEMENT);
                continue;
            }
            if (isWord(n, "else")) {
                next(Mode.STATEMENT);
                elseBody = requireBlock("MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.");
                break;
            }
            reset(m);
            break;
        }
        StatementBlock last = elseBody != null ? elseBody : clauses.get(clauses.size() - 1).body();
        return new Statement.If(span(kw, last.extent()), clauses, elseBody);
    }

    private Statement foreachStatement(String label) {
        Token kw = next(Mode.STATEMENT);
        skipNewlines();
        Token open = peek(Mode.EXPRESSION);
        if (open.kind() != TokenKind.LPAREN) {
            throw fail("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.", open);
        }
        next(Mode.EXPRESSION);
        skipNewlines();
        Token var = peek(Mode.EXPRESSION);
        if (var.kind() != TokenKind.VARIABLE) {
            throw fail("MissingVariableNameAfterForeach",
                    "Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}", var);
        }
        next(Mode.EXPRESSION);
        skipNewlines();
        Token in = peek(Mode.EXPRESSION);
        if (!isWord(in, "in")) {
            throw fail("MissingInInForeach",
                    "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", in);
        }
        next(Mode.EXPRESSION);
        skipNewlines();
        Token c = peek(Mode.STATEMENT);
        if (c.kind() == TokenKind.RPAREN || c.kind() == TokenKind.EOF) {
            throw fail("MissingForeachExpression",
                    "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", c);
        }
        Statement collection = pipelineStatement();
        skipNewlines();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RPAREN) {
            throw fail("MissingEndParenthesisAfterForeach", "Missing closing ')' after expression part of foreach "
                    + "loop.\nThe correct form is: foreach ($a in $b) {...}", close);
        }
        next(Mode.EXPRESSION);
        StatementBlock body = requireBlock("MissingForeachStatement",
                "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}");
        return new Statement.ForEach(span(kw, body.extent()), label,
                variable(var.extent(), var.stringValue(), false), collection, body);
    }

    private Statement forStatement(String label) {
        Token kw = next(Mode.STATEMENT);
        skipNewlines();
        Token open = peek(Mode.EXPRESSION);
        if (open.kind() != TokenKind.LPAREN) {
            throw fail("MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.", open);
        }
        next(Mode.EXPRESSION);
        Statement[] parts = new Statement[3];
        for (int i = 0; i < 3; i++) {
            skipNewlines();
            Token t = peek(Mode.STATEMENT);
            if (t.kind() != TokenKind.SEMI && t.kind() != TokenKind.RPAREN) parts[i] = pipelineStatement();
            if (i < 2) {
                Token sep = peek(Mode.EXPRESSION);
                if (sep.kind() == TokenKind.SEMI || sep.kind() == TokenKind.NEWLINE) next(Mode.EXPRESSION);
                else if (sep.kind() == TokenKind.RPAREN) break;
            }
        }
        skipNewlines();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RPAREN) {
            throw fail("MissingEndParenthesisAfterStatement", "Missing closing ')' after expression in 'for' statement.",
                    close);
        }
        next(Mode.EXPRESSION);
        StatementBlock body = requireBlock("MissingLoopStatement", "Missing statement body in for loop.");
        return new Statement.For(span(kw, body.extent()), label, parts[0], parts[1], parts[2], body);
    }

    private Statement whileStatement(String label) {
        Token kw = next(Mode.STATEMENT);
        Statement cond = condition(kw, "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'while'.");
        StatementBlock body = requireBlock("MissingLoopStatement", "Missing statement body in while loop.");
        return new Statement.While(span(kw, body.extent()), label, cond, body);
    }

    private Statement doStatement(String label) {
        Token kw = next(Mode.STATEMENT);
        StatementBlock body = requireBlock("MissingLoopStatement", "Missing statement body in do loop.");
        skipNewlines();
        Token w = peek(Mode.STATEMENT);
        boolean until = isWord(w, "until");
        if (!until && !isWord(w, "while")) {
            throw fail("MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.", w);
        }
        next(Mode.STATEMENT);
        Statement cond = condition(w, "MissingOpenParenthesisAfterKeyword",
                "Missing opening '(' after keyword '" + w.text().toLowerCase(Locale.ROOT) + "'.");
        return new Statement.DoLoop(span(kw.start(), mark()), label, body, cond, until);
    }

    private Statement tryStatement() {
        Token kw = next(Mode.STATEMENT);
        StatementBlock body = requireBlock("MissingTryStatementBlock", "The Try statement is missing its statement block.");
        List<Statement.CatchClause> catches = new ArrayList<>();
        StatementBlock finallyBody = null;
        int end = body.extent().end();
        while (true) {
            int m = mark();
            skipNewlines();
            Token t = peek(Mode.STATEMENT);
            if (isWord(t, "catch")) {
                next(Mode.STATEMENT);
                List<TypeName> types = new ArrayList<>();
                while (at(TokenKind.LBRACKET, Mode.EXPRESSION)) {
                    next(Mode.EXPRESSION);
                    types.add(typeNameBody());
                    Token close = peek(Mode.EXPRESSION);
                    if (close.kind() != TokenKind.RBRACKET) {
                        throw fail("EndSquareBracketExpectedAtEndOfAttribute",
                                "Missing ] at end of attribute or type literal.", close);
                    }
                    next(Mode.EXPRESSION);
                    if (!accept(TokenKind.COMMA, Mode.EXPRESSION)) break;
                    skipNewlines();
                }
                StatementBlock handler = requireBlock("MissingCatchHandlerBlock",
                        "The Catch block is missing its statement block.");
                catches.add(new Statement.CatchClause(types, handler));
                end = handler.extent().end();
            } else if (isWord(t, "finally")) {
                next(Mode.STATEMENT);
                finallyBody = requireBlock("MissingFinallyStatementBlock",
                        "The Finally block is missing its statement block.");
                end = finallyBody.extent().end();
                break;
            } else {
                reset(m);
                break;
            }
        }
        if (catches.isEmpty() && finallyBody == null) {
            throw fail("MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.",
                    peek(Mode.EXPRESSION));
        }
        return new Statement.Try(span(kw.start(), end), body, catches, finallyBody);
    }

    private Statement loopControl(String kw) {
        Token k = next(Mode.STATEMENT);
        Token t = peek(Mode.COMMAND);
        String label = null;
        int end = k.end();
        if (t.kind() == TokenKind.GENERIC || t.kind() == TokenKind.STRING_LITERAL) {
            next(Mode.COMMAND);
            label = t.stringValue();
            end = t.end();
        }
        return kw.equals("break") ? new Statement.Break(span(k.start(), end), label)
                : new Statement.Continue(span(k.start(), end), label);
    }

    /** return / exit / throw with an optional pipeline on the same line. */
    private Statement valueStatement(String kw) {
        Token k = next(Mode.STATEMENT);
        Token t = peek(Mode.STATEMENT);
        Statement value = null;
        switch (t.kind()) {
            case NEWLINE, SEMI, RCURLY, RPAREN, EOF -> { }
            default -> value = pipelineStatement();
        }
        var extent = value == null ? k.extent() : span(k, value.extent());
        return switch (kw) {
            case "return" -> new Statement.Return(extent, value);
            case "exit" -> new Statement.Exit(extent, value);
            default -> new Statement.Throw(extent, value);
        };
    }

    /** Exposes the command-argument reader to the switch parser. */
    Expression switchCondition() {
        return argument();
    }

    static Set<String> newFlags() {
        return new LinkedHashSet<>();
    }
}
