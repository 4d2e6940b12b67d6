package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;

/** A node of the syntax tree: it knows the span of script text it was read from. */
public interface Ast {
    Extent extent();
}
