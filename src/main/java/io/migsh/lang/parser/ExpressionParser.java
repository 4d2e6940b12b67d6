package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Expression.StringKind;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.TypeName;
import io.migsh.lang.lexer.Extent;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expressions by precedence, lowest first (language spec 7): the ternary ?: of PowerShell 7; -and -or -xor;
 * -band -bor -bxor; comparison and the other dash operators; ?? (PowerShell 7); + -; * / %; -f; ..; the comma;
 * unary operators and casts; postfix member access, method calls and indexing; primaries.
 */
abstract class ExpressionParser extends ParserBase {
    private static final int LOGICAL = 1;
    private static final int RANGE = 8;
    private static final Set<String> UNARY_DASH = Set.of("not", "bnot", "split", "join", "csplit", "isplit");

    /** False inside method-call arguments, where commas separate arguments instead of building arrays. */
    boolean commaAllowed = true;

    ExpressionParser(SourceText source, int start, int end, List<ParseError> errors) {
        super(source, start, end, errors);
    }

    /** expression: the full operator grammar; null when the next token cannot start an expression. */
    Expression expression() {
        Expression condition = binary(LOGICAL);
        if (condition == null || !at(TokenKind.QUESTION, Mode.EXPRESSION)) return condition;
        Token question = next(Mode.EXPRESSION);
        skipNewlines();
        Expression ifTrue = expression();
        if (ifTrue == null) {
            throw fail("ExpectedValueExpression", "You must provide a value expression following the '?' operator.",
                    after(question), peek(Mode.EXPRESSION).kind() == TokenKind.EOF);
        }
        skipNewlines();
        if (!at(TokenKind.COLON, Mode.EXPRESSION)) {
            throw fail("MissingColonInTernaryExpression", "Missing ':' in the ternary expression.", peek(Mode.EXPRESSION));
        }
        Token colon = next(Mode.EXPRESSION);
        skipNewlines();
        Expression ifFalse = expression();
        if (ifFalse == null) {
            throw fail("ExpectedValueExpression", "You must provide a value expression following the ':' operator.",
                    after(colon), peek(Mode.EXPRESSION).kind() == TokenKind.EOF);
        }
        return new Expression.Ternary(condition.extent().to(ifFalse.extent()), condition, ifTrue, ifFalse);
    }

    private Expression binary(int level) {
        if (level > RANGE) return arrayLiteral();
        Expression left = binary(level + 1);
        if (left == null) return null;
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            String op = binaryOperator(t);
            if (op == null || precedence(op) != level) return left;
            next(Mode.EXPRESSION);
            skipNewlines();
            Expression right = binary(level + 1);
            if (right == null) {
                // Reported just after the operator, as PowerShell does, even when the next token is lines below.
                throw fail("ExpectedValueExpression",
                        "You must provide a value expression following the '" + t.text() + "' operator.",
                        after(t), peek(Mode.EXPRESSION).kind() == TokenKind.EOF);
            }
            left = new Expression.Binary(left.extent().to(right.extent()), op, left, right);
        }
    }

    static String binaryOperator(Token t) {
        return switch (t.kind()) {
            case PLUS -> "+";
            case MINUS -> "-";
            case STAR -> "*";
            case SLASH -> "/";
            case PERCENT -> "%";
            case DOTDOT -> "..";
            case QUESTION_QUESTION -> "??";
            case OPERATOR -> t.stringValue().equals("not") || t.stringValue().equals("bnot") ? null : t.stringValue();
            default -> null;
        };
    }

    private static int precedence(String op) {
        return switch (op) {
            case "and", "or", "xor" -> 1;
            case "band", "bor", "bxor" -> 2;
            // PowerShell 7 puts ?? between the comparison and the additive operators
            case "??" -> 4;
            case "+", "-" -> 5;
            case "*", "/", "%" -> 6;
            case "f" -> 7;
            case ".." -> 8;
            default -> 3;
        };
    }

    /** array-literal: unary (, unary)* */
    private Expression arrayLiteral() {
        Expression first = unary();
        if (first == null || !commaAllowed || !at(TokenKind.COMMA, Mode.EXPRESSION)) return first;
        List<Expression> items = new ArrayList<>();
        items.add(first);
        Expression last = first;
        while (accept(TokenKind.COMMA, Mode.EXPRESSION)) {
            skipNewlines();
            last = unary();
            if (last == null) {
                throw fail("MissingExpressionAfterToken", "Missing expression after ','.", peek(Mode.EXPRESSION));
            }
            items.add(last);
        }
        return new Expression.ArrayLiteral(first.extent().to(last.extent()), items);
    }

    /** unary: - + ! -not -bnot -split -join , ++ -- [cast] operand, or a postfix expression. */
    Expression unary() {
        Token t = peek(Mode.EXPRESSION);
        String op = switch (t.kind()) {
            case MINUS -> "-";
            case PLUS -> "+";
            case EXCLAIM -> "!";
            case COMMA -> ",";
            case PLUSPLUS -> "++";
            case MINUSMINUS -> "--";
            case OPERATOR -> UNARY_DASH.contains(t.stringValue()) ? t.stringValue() : null;
            default -> null;
        };
        if (op != null) {
            next(Mode.EXPRESSION);
            Expression operand = unary();
            if (operand == null) {
                throw fail("MissingExpressionAfterOperator", "Missing expression after unary operator '" + t.text()
                        + "'.", new Extent(source, t.end(), t.end()), peek(Mode.EXPRESSION).kind() == TokenKind.EOF);
            }
            return new Expression.Unary(span(t, operand.extent()), op, operand);
        }
        if (t.kind() == TokenKind.LBRACKET) return typeOrCast();
        Expression p = primary();
        return p == null ? null : postfix(p);
    }

    private Expression typeOrCast() {
        Token open = next(Mode.EXPRESSION);
        TypeName type = typeNameBody();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RBRACKET) {
            throw fail("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.",
                    close);
        }
        next(Mode.EXPRESSION);
        Extent typeExtent = span(open.start(), close.end());
        Token n = peek(Mode.EXPRESSION);
        if (n.kind() != TokenKind.COLONCOLON && startsOperand(n)) {
            Expression operand = unary();
            return new Expression.Convert(typeExtent.to(operand.extent()), type, operand);
        }
        return postfix(new Expression.TypeLiteral(typeExtent, type));
    }

    private static boolean startsOperand(Token n) {
        return switch (n.kind()) {
            case NUMBER, STRING_LITERAL, STRING_EXPANDABLE, HERE_LITERAL, HERE_EXPANDABLE, VARIABLE, LPAREN,
                    DOLLAR_PAREN, AT_PAREN, AT_CURLY, LCURLY, LBRACKET, MINUS, PLUS, EXCLAIM, PLUSPLUS, MINUSMINUS -> true;
            case OPERATOR -> UNARY_DASH.contains(n.stringValue());
            default -> false;
        };
    }

    /** A dotted type name with generic arguments and [] suffixes, without the enclosing brackets. */
    TypeName typeNameBody() {
        Token t = next(Mode.EXPRESSION);
        if (t.kind() != TokenKind.IDENTIFIER) {
            throw fail("MissingTypename", "Missing type name after '['.", t);
        }
        StringBuilder name = new StringBuilder(t.text());
        int end = t.end();
        while (true) {
            int m = mark();
            Token dot = next(Mode.EXPRESSION);
            Token part = dot.kind() == TokenKind.DOT && dot.start() == end ? next(Mode.EXPRESSION) : null;
            if (part == null || part.kind() != TokenKind.IDENTIFIER || part.start() != dot.end()) {
                reset(m);
                break;
            }
            name.append('.').append(part.text());
            end = part.end();
        }
        List<TypeName> generics = new ArrayList<>();
        int rank = 0;
        while (true) {
            int m = mark();
            Token open = next(Mode.EXPRESSION);
            if (open.kind() != TokenKind.LBRACKET || open.start() != end) {
                reset(m);
                break;
            }
            if (accept(TokenKind.RBRACKET, Mode.EXPRESSION)) {
                rank++;
                end = open.end() + 1;
                continue;
            }
            if (rank > 0 || !generics.isEmpty() || peek(Mode.EXPRESSION).kind() != TokenKind.IDENTIFIER
                    && peek(Mode.EXPRESSION).kind() != TokenKind.LBRACKET) {
                reset(m);
                break;
            }
            do {
                boolean bracketed = accept(TokenKind.LBRACKET, Mode.EXPRESSION);
                generics.add(typeNameBody());
                if (bracketed) expectBracket();
            } while (accept(TokenKind.COMMA, Mode.EXPRESSION));
            end = expectBracket().end();
        }
        return new TypeName(span(t.start(), end), name.toString(), generics, rank);
    }

    private Token expectBracket() {
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RBRACKET) {
            throw fail("EndSquareBracketExpectedAtEndOfAttribute", "Missing ] at end of attribute or type literal.",
                    close);
        }
        return next(Mode.EXPRESSION);
    }

    /** primary: a literal, a variable, ( ), $( ), @( ), @{ }, { }; null when none starts here. */
    Expression primary() {
        Token t = peek(Mode.EXPRESSION);
        switch (t.kind()) {
            case NUMBER:
                next(Mode.EXPRESSION);
                return new Expression.Constant(t.extent(), t.value());
            case STRING_LITERAL:
                next(Mode.EXPRESSION);
                return new Expression.StringConstant(t.extent(), t.stringValue(), StringKind.SINGLE);
            case HERE_LITERAL:
                next(Mode.EXPRESSION);
                return new Expression.StringConstant(t.extent(), t.stringValue(), StringKind.HERE_SINGLE);
            case STRING_EXPANDABLE:
            case HERE_EXPANDABLE:
                next(Mode.EXPRESSION);
                return expandString(t);
            case VARIABLE:
                next(Mode.EXPRESSION);
                return variable(t.extent(), t.stringValue(), false);
            case SPLAT:
                throw fail("SplattingNotPermitted", "The splatting operator '@' cannot be used to reference variables "
                        + "in an expression. '@" + t.value() + "' can be used only as an argument to a command. To "
                        + "reference variables in an expression use '$" + t.value() + "'.", t);
            case LPAREN:
                return paren();
            case DOLLAR_PAREN:
            case AT_PAREN:
                return subExpression();
            case AT_CURLY:
                return new HashtableParser(this).parse();
            case LCURLY:
                next(Mode.EXPRESSION);
                var body = scriptBlockBody(t.start(), TokenKind.RCURLY);
                return new Expression.ScriptBlockExpr(body.extent(), body);
            default:
                return null;
        }
    }

    static Expression.Variable variable(Extent extent, String raw, boolean splat) {
        int colon = raw.indexOf(':');
        String scope = null;
        String name = raw;
        if (colon > 0 && colon < raw.length() - 1) {
            scope = raw.substring(0, colon).toLowerCase(Locale.ROOT);
            name = raw.substring(colon + 1);
        }
        return new Expression.Variable(extent, raw, scope, name.toLowerCase(Locale.ROOT), splat);
    }

    private Expression paren() {
        Token open = next(Mode.EXPRESSION);
        boolean saved = commaAllowed;
        commaAllowed = true;
        skipNewlines();
        if (at(TokenKind.RPAREN, Mode.EXPRESSION)) {
            throw fail("ExpectedExpression", "An expression was expected after '('.", peek(Mode.EXPRESSION));
        }
        Statement inner = pipelineStatement();
        skipNewlines();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RPAREN) {
            throw fail("MissingEndParenthesisInExpression", "Missing closing ')' in expression.", close);
        }
        next(Mode.EXPRESSION);
        commaAllowed = saved;
        return new Expression.Paren(span(open.start(), close.end()), inner);
    }

    private Expression subExpression() {
        Token open = next(Mode.EXPRESSION);
        boolean saved = commaAllowed;
        commaAllowed = true;
        List<Statement> statements = statementList(TokenKind.RPAREN);
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RPAREN) {
            throw fail("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", close);
        }
        next(Mode.EXPRESSION);
        commaAllowed = saved;
        Extent e = span(open.start(), close.end());
        return open.kind() == TokenKind.AT_PAREN ? new Expression.ArraySubExpression(e, statements)
                : new Expression.SubExpression(e, statements);
    }

    /** Member access, static member access, method calls, indexing and postfix ++ / --, all without blanks. */
    Expression postfix(Expression target) {
        Expression e = target;
        while (true) {
            Token t = peek(Mode.EXPRESSION);
            if (!adjacent(e.extent(), t)) return e;
            switch (t.kind()) {
                case DOT, COLONCOLON -> e = member(e, t);
                case LBRACKET -> e = index(e);
                case PLUSPLUS, MINUSMINUS -> {
                    next(Mode.EXPRESSION);
                    e = new Expression.Unary(e.extent().to(t.extent()),
                            t.kind() == TokenKind.PLUSPLUS ? "post++" : "post--", e);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expression member(Expression target, Token op) {
        next(Mode.EXPRESSION);
        boolean isStatic = op.kind() == TokenKind.COLONCOLON;
        Token t = peek(Mode.EXPRESSION);
        Expression name;
        if (t.kind() == TokenKind.IDENTIFIER && t.start() == op.end()) {
            next(Mode.EXPRESSION);
            name = new Expression.StringConstant(t.extent(), t.text(), StringKind.BARE);
        } else if (t.start() == op.end() && (t.kind() == TokenKind.VARIABLE || t.kind() == TokenKind.LPAREN
                || t.kind() == TokenKind.DOLLAR_PAREN || t.kind() == TokenKind.STRING_LITERAL
                || t.kind() == TokenKind.STRING_EXPANDABLE)) {
            name = primary();
        } else {
            throw fail("MissingPropertyName", "Missing property name after reference operator.", t);
        }
        Token paren = peek(Mode.EXPRESSION);
        if (paren.kind() == TokenKind.LPAREN && adjacent(name.extent(), paren)) {
            next(Mode.EXPRESSION);
            List<Expression> args = new ArrayList<>();
            Token close = arguments(args);
            return new Expression.InvokeMember(target.extent().to(close.extent()), target, name, args, isStatic);
        }
        return new Expression.Member(target.extent().to(name.extent()), target, name, isStatic);
    }

    /** Method-call arguments after '(': expressions separated by commas, then ')'. */
    private Token arguments(List<Expression> args) {
        boolean saved = commaAllowed;
        commaAllowed = false;
        skipNewlines();
        if (at(TokenKind.RPAREN, Mode.EXPRESSION)) {
            commaAllowed = saved;
            return next(Mode.EXPRESSION);
        }
        while (true) {
            skipNewlines();
            Expression arg = expression();
            if (arg == null) {
                throw fail("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", peek(Mode.EXPRESSION));
            }
            args.add(arg);
            skipNewlines();
            if (accept(TokenKind.COMMA, Mode.EXPRESSION)) continue;
            Token close = peek(Mode.EXPRESSION);
            if (close.kind() != TokenKind.RPAREN) {
                throw fail("MissingEndParenthesisInMethodCall", "Missing ')' in method call.", close);
            }
            commaAllowed = saved;
            return next(Mode.EXPRESSION);
        }
    }

    private Expression index(Expression target) {
        next(Mode.EXPRESSION);
        boolean saved = commaAllowed;
        commaAllowed = true;
        skipNewlines();
        Expression index = expression();
        if (index == null) {
            throw fail("MissingArrayIndexExpression", "Array index expression is missing or not valid.",
                    peek(Mode.EXPRESSION));
        }
        skipNewlines();
        Token close = peek(Mode.EXPRESSION);
        if (close.kind() != TokenKind.RBRACKET) {
            throw fail("MissingEndSquareBracket", "Missing ']' after array index expression.", close);
        }
        next(Mode.EXPRESSION);
        commaAllowed = saved;
        return new Expression.Index(target.extent().to(close.extent()), target, index);
    }
}
