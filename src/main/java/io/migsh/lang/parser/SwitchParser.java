package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** switch [-regex|-wildcard|-exact|-casesensitive|-file path] ( value ) { condition { body } ... default { } }. */
final class SwitchParser {
    private static final Set<String> FLAGS = Set.of("regex", "wildcard", "exact", "casesensitive", "file");
    private final FlowParser p;

    SwitchParser(FlowParser parser) {
        this.p = parser;
    }

    Statement parse(String label) {
        Token kw = p.next(Mode.STATEMENT);
        Set<String> flags = FlowParser.newFlags();
        Statement subject = null;
        while (true) {
            Token t = p.peek(Mode.COMMAND);
            if (t.kind() != TokenKind.PARAMETER) break;
            p.next(Mode.COMMAND);
            String flag = matchFlag(t.stringValue());
            if (flag == null) {
                throw p.fail("InvalidSwitchFlag", "The parameter -" + t.stringValue()
                        + " is not valid for the switch statement.", t);
            }
            flags.add(flag);
            if (flag.equals("file")) {
                Expression path = p.argumentPrimary();
                if (path == null) {
                    throw p.fail("MissingFilenameOption", "Cannot process the 'switch' statement because of a missing "
                            + "file name argument to the -file option.", p.peek(Mode.COMMAND));
                }
                subject = new Statement.Pipeline(path.extent(), List.of(
                        new io.migsh.lang.ast.PipelineElement.ExpressionElement(path.extent(), path, List.of())));
            }
        }
        if (subject == null) {
            p.skipNewlines();
            Token open = p.peek(Mode.EXPRESSION);
            if (open.kind() != TokenKind.LPAREN) {
                throw p.fail("PipelineValueRequired", "A switch statement must have one of the following:  "
                        + "'-file file_name' or '( expression )'.", open);
            }
            p.next(Mode.EXPRESSION);
            p.skipNewlines();
            Token c = p.peek(Mode.STATEMENT);
            if (c.kind() == TokenKind.RPAREN || c.kind() == TokenKind.EOF) {
                throw p.fail("MissingSwitchValueExpression", "Missing expression after '(' in switch statement.", c);
            }
            subject = p.pipelineStatement();
            p.skipNewlines();
            Token close = p.peek(Mode.EXPRESSION);
            if (close.kind() != TokenKind.RPAREN) {
                throw p.fail("MissingEndParenthesisInSwitchStatement", "Missing ')' after expression in switch statement.",
                        close);
            }
            p.next(Mode.EXPRESSION);
        }
        p.skipNewlines();
        Token open = p.peek(Mode.EXPRESSION);
        if (open.kind() != TokenKind.LCURLY) {
            throw p.fail("MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", open);
        }
        p.next(Mode.EXPRESSION);
        List<Statement.SwitchClause> clauses = new ArrayList<>();
        StatementBlock defaultBody = null;
        while (true) {
            p.skipNewlinesAndSemis();
            Token t = p.peek(Mode.COMMAND);
            if (t.kind() == TokenKind.RCURLY) {
                p.next(Mode.COMMAND);
                return new Statement.Switch(p.span(kw.start(), t.end()), label, flags, subject, clauses, defaultBody);
            }
            if (t.kind() == TokenKind.EOF) {
                throw p.fail("MissingEndCurlyBrace", "Missing closing '}' in statement block or type definition.",
                        open.extent(), true);
            }
            if (ParserBase.isWord(t, "default")) {
                p.next(Mode.COMMAND);
                if (defaultBody != null) {
                    throw p.fail("MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.", t);
                }
                defaultBody = p.requireBlock("MissingSwitchStatementClause",
                        "Missing statement block in switch statement clause.");
                continue;
            }
            Expression condition = p.switchCondition();
            if (condition == null) throw p.unexpected(t);
            StatementBlock body = p.requireBlock("MissingSwitchStatementClause",
                    "Missing statement block in switch statement clause.");
            clauses.add(new Statement.SwitchClause(condition, body));
        }
    }

    private static String matchFlag(String given) {
        String g = given.toLowerCase(Locale.ROOT);
        String found = null;
        for (String f : FLAGS) {
            if (f.startsWith(g)) {
                if (found != null) return null;
                found = f;
            }
        }
        return found;
    }
}
