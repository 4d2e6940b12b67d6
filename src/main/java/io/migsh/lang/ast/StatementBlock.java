package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;

/** { statements } */
public record StatementBlock(Extent extent, List<Statement> statements) implements Ast {}
