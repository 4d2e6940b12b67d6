package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Expression.StringKind;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Hashtable literals: @{ key = statement; key = statement } with newlines or ';' between entries. */
final class HashtableParser {
    private final ExpressionParser p;

    HashtableParser(ExpressionParser parser) {
        this.p = parser;
    }

    /** @{ key = statement; ... } */
    Expression parse() {
        Token open = p.next(Mode.EXPRESSION);
        boolean saved = p.commaAllowed;
        p.commaAllowed = true;
        List<Expression.HashEntry> entries = new ArrayList<>();
        while (true) {
            p.skipNewlinesAndSemis();
            Token t = p.peek(Mode.EXPRESSION);
            if (t.kind() == TokenKind.RCURLY) {
                p.next(Mode.EXPRESSION);
                p.commaAllowed = saved;
                return new Expression.Hashtable(p.span(open.start(), t.end()), entries);
            }
            if (t.kind() == TokenKind.EOF) {
                throw p.fail("IncompleteHashLiteral", "The hash literal was incomplete.", open.extent(), true);
            }
            Expression key = hashKey();
            Token eq = p.peek(Mode.EXPRESSION);
            if (eq.kind() != TokenKind.EQUALS) {
                throw p.fail("MissingEqualsInHashLiteral", "Missing '=' operator after key in hash literal.", eq);
            }
            p.next(Mode.EXPRESSION);
            p.skipNewlines();
            Token v = p.peek(Mode.EXPRESSION);
            if (v.kind() == TokenKind.RCURLY || v.kind() == TokenKind.SEMI || v.kind() == TokenKind.EOF) {
                throw p.fail("MissingStatementInHashLiteral", "Missing statement after '=' in hash literal.", v);
            }
            entries.add(new Expression.HashEntry(key, p.statement()));
            Token sep = p.peek(Mode.EXPRESSION);
            if (sep.kind() == TokenKind.EOF) {
                throw p.fail("IncompleteHashLiteral", "The hash literal was incomplete.", open.extent(), true);
            }
            if (sep.kind() != TokenKind.NEWLINE && sep.kind() != TokenKind.SEMI && sep.kind() != TokenKind.RCURLY) {
                throw p.unexpected(sep);
            }
        }
    }

    private Expression hashKey() {
        Token t = p.peek(Mode.EXPRESSION);
        if (t.kind() == TokenKind.IDENTIFIER) {
            p.next(Mode.EXPRESSION);
            return new Expression.StringConstant(t.extent(), t.text(), StringKind.BARE);
        }
        Expression key = p.unary();
        if (key == null) throw p.unexpected(t);
        return key;
    }

}
