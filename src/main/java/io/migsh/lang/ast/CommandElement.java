package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;

/** What follows a command name: -Parameter tokens and arguments. */
public sealed interface CommandElement extends Ast {
    /** -Name, or -Name:value when {@code argument} is set. */
    record Parameter(Extent extent, String name, Expression argument) implements CommandElement {}

    /** A value: a bareword, a string, a variable (splatted when @name), an expression, a comma list. */
    record Argument(Extent extent, Expression value) implements CommandElement {}
}
