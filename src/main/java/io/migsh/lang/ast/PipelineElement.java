package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;

/** One stage of a pipeline: an expression (first stage only) or a command invocation. */
public sealed interface PipelineElement extends Ast {
    List<Redirection> redirections();

    record ExpressionElement(Extent extent, Expression expression, List<Redirection> redirections)
            implements PipelineElement {}

    /**
     * A command: {@code invocation} is null for a plain name, "&amp;" for the call operator and "." for dot-sourcing;
     * {@code name} is the first element (a bareword, a string, a script block or any expression after &amp;).
     */
    record Command(Extent extent, String invocation, Expression name, List<CommandElement> elements,
            List<Redirection> redirections) implements PipelineElement {}
}
