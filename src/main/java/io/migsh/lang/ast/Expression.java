package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;

/** Expressions: values, operators, member access, casts (about_Operators, language spec chapter 7). */
public sealed interface Expression extends Ast {
    /** How a string was written: it decides how it prints in the AST and whether it can name a command. */
    enum StringKind { BARE, SINGLE, DOUBLE, HERE_SINGLE, HERE_DOUBLE }

    record Constant(Extent extent, Object value) implements Expression {}

    record StringConstant(Extent extent, String value, StringKind kind) implements Expression {}

    /** "text $var $(expr)": literal parts (StringConstant) and embedded values, joined at run time. */
    record ExpandableString(Extent extent, List<Expression> parts, StringKind kind) implements Expression {}

    /**
     * $name, $scope:name, @name (splatted). {@code scope} is the lower-case prefix (global, script, local, private,
     * env, variable) or null; {@code key} is the lower-case name without it.
     */
    record Variable(Extent extent, String name, String scope, String key, boolean splatted) implements Expression {}

    /** 1, 2, 3 */
    record ArrayLiteral(Extent extent, List<Expression> elements) implements Expression {}

    /** @( statements ) */
    record ArraySubExpression(Extent extent, List<Statement> statements) implements Expression {}

    /** $( statements ) */
    record SubExpression(Extent extent, List<Statement> statements) implements Expression {}

    /** ( pipeline ): an expression, an assignment or a command pipeline. */
    record Paren(Extent extent, Statement pipeline) implements Expression {}

    record HashEntry(Expression key, Statement value) {}

    /** @{ key = value; ... } */
    record Hashtable(Extent extent, List<HashEntry> entries) implements Expression {}

    record ScriptBlockExpr(Extent extent, ScriptBlockAst block) implements Expression {}

    /** A binary operator: + - * / % .. or a dash operator name such as eq, ceq, like, and, f. */
    record Binary(Extent extent, String op, Expression left, Expression right) implements Expression {}

    /** condition ? ifTrue : ifFalse (PowerShell 7): only the chosen branch is evaluated. */
    record Ternary(Extent extent, Expression condition, Expression ifTrue, Expression ifFalse) implements Expression {}

    /** A unary operator: - + ! not bnot join split , and ++ -- (prefix "++", postfix "post++"). */
    record Unary(Extent extent, String op, Expression operand) implements Expression {}

    /** [type] operand */
    record Convert(Extent extent, TypeName type, Expression operand) implements Expression {}

    /** [type] on its own, or before :: */
    record TypeLiteral(Extent extent, TypeName type) implements Expression {}

    /** target.member or [type]::member; the member is usually a StringConstant but may be any expression. */
    record Member(Extent extent, Expression target, Expression member, boolean isStatic) implements Expression {}

    record InvokeMember(Extent extent, Expression target, Expression member, List<Expression> arguments,
            boolean isStatic) implements Expression {}

    /** target[index] */
    record Index(Extent extent, Expression target, Expression index) implements Expression {}
}
